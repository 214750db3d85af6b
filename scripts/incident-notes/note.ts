/** An ACLED-style incident note and what we would code from it: the note's text, keywords of its first actor
 * (any one in sitrep's actor name or ACLED name counts), the place's point, the deaths as ACLED codes them (the
 * lowest figure reported; 0 when none) and the event's date. */
export type IncidentNote = [text: string, actor: string[], lat: number, lon: number, deaths: number, date: string];
