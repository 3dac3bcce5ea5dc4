/**
 * Whether an `Authorization` header carries `SSWS <expected>`, compared in constant time so
 * the answer's timing says nothing about how much of the token was right. Written without
 * node:crypto because the MSW adapter runs this core in browsers.
 */
export function hasSswsToken(header: string | undefined, expected: string): boolean {
  if (header === undefined || !header.startsWith('SSWS ')) return false;

  const given = header.slice(5);
  let difference = given.length ^ expected.length;
  for (let index = 0; index < expected.length; index += 1) {
    // Past the end of `given`, NaN | 0 is 0, so the loop length depends on `expected` only.
    difference |= (given.charCodeAt(index) | 0) ^ expected.charCodeAt(index);
  }

  return difference === 0;
}
