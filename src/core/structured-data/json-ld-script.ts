/** The one JSON-LD script an element owns among its children: known to the controller before the builders load. */
export const JSON_LD_SELECTOR = ':scope > script[data-nsiw-json-ld]';
