/** The client's version, sent in User-Agent. Kept equal to package.json by a unit test. */
export const CLIENT_VERSION = '0.1.0';
