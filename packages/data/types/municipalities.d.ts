// The register's types live in @foreldrestotte/sdk (`MunicipalityRegister`); this package only ships the data.
declare const municipalities: unknown;
export default municipalities;
