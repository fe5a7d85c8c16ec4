/** Every ancestor path of a materialised path, from the root down, excluding the path itself. */
export function ancestorPaths(path: string): string[] {
  const codes = path.split('/').filter(Boolean);
  const result: string[] = [];
  for (let i = 1; i < codes.length; i++) result.push(`/${codes.slice(0, i).join('/')}/`);
  return result;
}

/** The path of a child with `code` under `parentPath`. */
export function childPath(parentPath: string, code: string): string {
  return `${parentPath}${code}/`;
}
