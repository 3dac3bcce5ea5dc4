/** A GitHub markdown table; cells are escaped for `|`. */
export function markdownTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) =>
    `| ${cells.map((cell) => cell.replaceAll('|', '\\|')).join(' | ')} |`;
  const rule = `|${header.map((_, index) => (index === 0 ? '---' : '--:')).join('|')}|`;

  return [line(header), rule, ...rows.map(line)].join('\n');
}
