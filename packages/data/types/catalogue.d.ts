// The catalogue's types live in @foreldrestotte/sdk (`Catalogue`); this package only ships the data.
declare const catalogue: unknown;
export default catalogue;
