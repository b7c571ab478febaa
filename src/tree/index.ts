// jaxts/tree: filled by a later issue.
export {};
