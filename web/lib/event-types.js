/**
 * Event types as the app shows them: a label and a colour each. Violence and disasters are warm and
 * dark (they draw the eye on the map), talk and cooperation cool and light. Types not listed get grey.
 */
export const EVENT_TYPES = [
  { type: "ASSAULT", label: "Assault", color: "#b2182b" },
  { type: "COERCE", label: "Coerce", color: "#e0662f" },
  { type: "THREATEN", label: "Threaten", color: "#f1a340" },
  { type: "PROTEST", label: "Protest", color: "#8e44ad" },
  { type: "MOBILIZE", label: "Mobilize", color: "#c2549d" },
  { type: "SANCTION", label: "Sanction", color: "#8c510a" },
  { type: "ACCUSE", label: "Accuse", color: "#bf812d" },
  { type: "REJECT", label: "Reject", color: "#a6761d" },
  { type: "REQUEST", label: "Request", color: "#4d9221" },
  { type: "CONSULT", label: "Consult", color: "#2166ac" },
  { type: "AGREE", label: "Agree", color: "#4393c3" },
  { type: "SUPPORT", label: "Support", color: "#35978f" },
  { type: "COOPERATE", label: "Cooperate", color: "#01665e" },
  { type: "AID", label: "Aid", color: "#1b9e77" },
  { type: "CONCEDE", label: "Concede", color: "#7fbc41" },
  { type: "RETREAT", label: "Retreat", color: "#66a61e" },
  { type: "NATURAL_DISASTER", label: "Natural disaster", color: "#5e3c99" },
  { type: "MAN_MADE_DISASTER", label: "Man-made disaster", color: "#542788" },
  { type: "ORG_CRIME", label: "Organised crime", color: "#40004b" },
  { type: "DISPLACEMENT", label: "Displacement", color: "#737373" },
];

const BY_TYPE = new Map(EVENT_TYPES.map((t) => [t.type, t]));

export function typeColor(type) {
  return BY_TYPE.get(type)?.color ?? "#999999";
}

export function typeLabel(type) {
  return BY_TYPE.get(type)?.label ?? String(type ?? "").replaceAll("_", " ").toLowerCase();
}

/** Types in the app's order (violence first), unknown ones last by name. */
export function orderTypes(types) {
  const rank = (t) => {
    const i = EVENT_TYPES.findIndex((e) => e.type === t);
    return i === -1 ? EVENT_TYPES.length : i;
  };
  return [...types].sort((a, b) => rank(a) - rank(b) || String(a).localeCompare(String(b)));
}
