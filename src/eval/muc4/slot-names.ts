/** The document-level slots the incidents scorer reports, in table order. */
export const INCIDENT_SLOTS = ["type", "date", "location", "perpOrg", "physTarget", "humTarget", "deaths"] as const;
export type IncidentSlot = (typeof INCIDENT_SLOTS)[number];
