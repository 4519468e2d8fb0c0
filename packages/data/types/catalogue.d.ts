// The catalogue's types live in @foreldrestotte/sdk (`Catalogue`); this package only ships the data.
/**
 * The national catalogue, every language: `import catalogue from "@foreldrestotte/data/catalogue"`. Typed `unknown` here: validate it, or read it through `@foreldrestotte/sdk`, whose `Catalogue` types it.
 */
declare const catalogue: unknown;
export default catalogue;
