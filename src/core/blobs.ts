/** What a push delivers, as measured: the types the measuring and the image reading share. */

export interface FileSize {
  path: string
  bytes: number
}

/** What one layer holds, read from its tar. */
export interface LayerContent {
  /**
   * The bytes of the regular files in the layer: the sum of their sizes. Tar
   * headers, padding, directories, links and whiteouts add nothing, and a hard
   * link adds nothing beyond its first copy, so the figure depends on the
   * files alone, not on the image store or the tar writer that produced them.
   */
  fileBytes: number
  files: number
  /** The largest regular files, largest first. */
  largestFiles: FileSize[]
  /**
   * The digest of the layer's uncompressed tar (the image config's diff ID),
   * and its length: the same layer exported uncompressed is a blob of that
   * digest and size, known without reading it again.
   */
  diffId: string
  tarBytes: number
  /** The layer's entry list as the cache keeps it beside the entry (absent when none was kept). */
  fileList?: { sha256: string; entries: number }
}

/** A blob as the engine pushed it. */
export interface StoredBlob {
  digest: string
  /** Bytes received: what a registry stores and a pull downloads. */
  size: number
  /** A small blob that is not a layer (an image config), kept to be read. */
  content?: Buffer
  /** What a layer blob holds. */
  layer?: LayerContent
  /** A layer just read: what each of its entries does, until the cache keeps it as its file list. */
  entries?: EntryList
}

/** A layer's entries as read, to be written once as its file list (or discarded). */
export interface EntryList {
  /** Writes the list, in path order, to `file`; what was held for it is let go. */
  write(file: string): Promise<{ sha256: string; entries: number }>
  /** Lets go of what was held for a list that will not be written. */
  discard(): Promise<void>
}

export interface StoredManifest {
  digest: string
  mediaType: string
  body: Buffer
}

/** What an engine's push left behind, looked up by the pipeline after the push. */
export interface PushedContent {
  manifest(repository: string, reference: string): StoredManifest | undefined
  blob(digest: string): StoredBlob | undefined
}
