import JSZip from 'jszip';

/** One file of an export: its name and content. */
export interface ExportFile {
  name: string;
  content: string | Buffer;
}

/** A set of export files as one zip file, to download together. */
export function zipOf(files: readonly ExportFile[]): Promise<Buffer> {
  const zip = new JSZip();
  for (const file of files) zip.file(file.name, file.content);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
