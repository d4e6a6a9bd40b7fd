import { readdir } from 'node:fs/promises';

/** The `*.yaml` / `*.yml` file names of a folder, sorted; none when the folder cannot be read. */
export async function yamlFileNames(folder: string): Promise<string[]> {
  const names = await readdir(folder).catch(() => [] as string[]);
  return names.filter((n) => /\.ya?ml$/.test(n)).sort();
}
