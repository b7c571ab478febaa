// jaxts/testing: filled by a later issue.
export {};
