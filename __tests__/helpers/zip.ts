import { ZipArchive } from 'archiver'
import yauzl from 'yauzl'

/** A zip's files by name, as text. */
export async function unzip(zip: Buffer): Promise<Record<string, string>> {
  // autoClose would close the zip once its last entry is listed, before that entry is read.
  const archive = await yauzl.fromBufferPromise(zip, {
    lazyEntries: true,
    autoClose: false
  })
  const files: Record<string, string> = {}
  const next = () =>
    new Promise<yauzl.Entry | null>((resolve, reject) => {
      archive
        .once('entry', resolve)
        .once('end', () => resolve(null))
        .once('error', reject)
      archive.readEntry()
    })
  for (let entry = await next(); entry; entry = await next()) {
    const chunks: Buffer[] = []
    for await (const chunk of await archive.openReadStreamPromise(entry))
      chunks.push(chunk)
    files[entry.fileName] = Buffer.concat(chunks).toString('utf8')
  }
  archive.close()
  return files
}

/** A zip holding these files (name -> text), as an artifact upload makes one. */
export async function zipOf(files: Record<string, string>): Promise<Buffer> {
  const archive = new ZipArchive()
  const chunks: Buffer[] = []
  archive.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise(resolve => archive.on('end', resolve))
  for (const [name, text] of Object.entries(files)) archive.append(text, { name })
  await archive.finalize()
  await done
  return Buffer.concat(chunks)
}
