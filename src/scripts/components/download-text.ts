/**
 * Handing a file to the person: a download made in the browser (a Blob), so nothing
 * ever leaves the tablet over the network. No words and no storage code here, so a page
 * that only offers a download (the time log's CSV) carries nothing else.
 */

/** Starts the download of a text file. Works without IndexedDB. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Long enough for the slowest download to start; the file itself is then the browser's.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
