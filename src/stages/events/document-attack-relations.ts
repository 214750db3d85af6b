// How foldAttackParts relates two events' places, days and parties in one document.

import type { Document } from "../../core/index.js";
import { findAnnotation } from "./find-annotation.js";
import { SCENE_PLACE_RULE, type EventMention } from "./event-mention.js";
import type { AttackPartRelations } from "./fold-attack-parts.js";
import { datesAgree, maySameSide, placeSpecificity, placesAgree } from "./event-agreement.js";

/**
 * How foldAttackParts relates two events' places, days and parties in one document. A class: an object literal of
 * arrows, each named by its property under the bundle's keepNames, cost eight defineProperty calls per document.
 */
export class DocumentAttackRelations implements AttackPartRelations {
  constructor(
    private readonly doc: Document,
    private readonly reportDay: string | null,
    /** The dateline's place, where the story was filed: a guess at the scene that the lead's "a village in northeastern Nigeria" does not confirm. */
    private readonly datelineId: string | undefined,
  ) {}

  placesAgree(a: string, b: string): boolean {
    return placesAgree(this.doc, a, b);
  }

  datesAgree(a: string, b: string): boolean {
    return datesAgree(this.doc, a, b, this.reportDay, "ASSAULT");
  }

  sameSide(a: string, b: string): boolean {
    return maySameSide(this.doc, a, b);
  }

  vaguePlace(e: EventMention): boolean {
    return e.place === null || e.geoPrecision === "country" || e.geoPrecision === "region" || this.borrowedPlace(e);
  }

  borrowedPlace(e: EventMention): boolean {
    return (e.place !== null && e.place === this.datelineId) || e.rules.includes(SCENE_PLACE_RULE);
  }

  specificity(id: string): number {
    return placeSpecificity(this.doc, id);
  }

  sameParty(a: string, b: string): boolean {
    const na = findAnnotation(this.doc, "actor", a)?.data.acledName ?? null;
    return na !== null && na === (findAnnotation(this.doc, "actor", b)?.data.acledName ?? null);
  }

  sameCountry(a: string, b: string): boolean {
    const ca = findAnnotation(this.doc, "place", a)?.data.country ?? null;
    return ca !== null && ca === (findAnnotation(this.doc, "place", b)?.data.country ?? null);
  }
}
