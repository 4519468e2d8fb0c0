// The register's types live in @foreldrestotte/sdk (`MunicipalityRegister`); this package only ships the data.
/**
 * Norway's 357 municipalities of 1 January 2024 (© Kartverket, CC BY 4.0), without their centres. Typed `unknown` here: validate it, or read it through `@foreldrestotte/sdk`, whose `MunicipalityRegister` types it.
 */
declare const municipalities: unknown;
export default municipalities;
