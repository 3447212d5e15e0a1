/**
 * The files in a drop, folders included: a dropped folder's files (and its folders' files, all the
 * way down), each named by its path in the folder, as a folder chosen with the file picker names
 * them. Browsers give a dropped folder as one entry to be read, not as its files.
 */

/** A file of a dropped folder, with its path in the folder. */
function withPath(file: File, path: string): File {
  Object.defineProperty(file, 'webkitRelativePath', { value: path });
  return file;
}

async function filesOf(entry: FileSystemEntry, path: string): Promise<File[]> {
  if (entry.isFile)
    return [
      withPath(
        await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject)),
        `${path}${entry.name}`,
      ),
    ];
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  const entries: FileSystemEntry[] = [];
  // A folder is read in batches until a batch comes back empty.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (batch.length === 0) break;
    entries.push(...batch);
  }
  const nested = await Promise.all(entries.map((child) => filesOf(child, `${path}${entry.name}/`)));
  return nested.flat();
}

/** Every file dropped, a folder's files by their paths; the files alone where the browser gives no entries. */
export async function droppedFiles(transfer: DataTransfer | null | undefined): Promise<File[]> {
  if (!transfer) return [];
  const entries = [...transfer.items]
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry?.())
    .filter((entry): entry is FileSystemEntry => !!entry);
  if (entries.length === 0) return [...transfer.files];
  return (await Promise.all(entries.map((entry) => filesOf(entry, '')))).flat();
}
