// jaxts/random: filled by a later issue.
export {};
