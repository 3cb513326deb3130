import { requireFileSystem } from "#platform";

/**
 * Loads the optional peer dependency an engine runs on.
 * @param engine - the engine, for messages
 * @param name - the package's name
 * @param load - imports it (through `#platform`, which has none in a browser)
 * @throws Error saying how to install the package when it is missing
 */
export async function loadPeer<T>(engine: string, name: string, load: () => Promise<T>): Promise<T> {
  requireFileSystem(`engine "${engine}"`);
  try {
    return await load();
  } catch (cause) {
    throw new Error(`engine "${engine}" needs the optional peer dependency ${name}: install it with \`npm i ${name}\``, { cause });
  }
}
