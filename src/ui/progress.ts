// Download progress in the words and numbers a shopper reads: percent, megabytes, time left.

import type { LoadProgress } from "../llm/language-model"

export interface ProgressSample {
  at: number
  bytes: number
}

const MiB = 2 ** 20

/**
 * Seconds left from the download rate over the samples so far (first to last), or null while there
 * is too little to go on (under 2 s of download, or the total unknown). The rate is measured over
 * the whole download, not the last second, so the estimate does not jump with every shard.
 */
export function secondsLeft(samples: readonly ProgressSample[], totalBytes: number | undefined): number | null {
  const first = samples[0]
  const last = samples[samples.length - 1]
  if (!first || !last || !totalBytes) return null
  const elapsed = (last.at - first.at) / 1000
  const done = last.bytes - first.bytes
  if (elapsed < 2 || done <= 0) return null
  return Math.max(0, (totalBytes - last.bytes) / (done / elapsed))
}

export function formatDuration(seconds: number): string {
  if (seconds < 60) return `about ${Math.max(1, Math.round(seconds / 5) * 5)} s left`
  if (seconds < 3600) return `about ${Math.round(seconds / 60)} min left`
  return `about ${Math.floor(seconds / 3600)} h ${Math.round((seconds % 3600) / 60)} min left`
}

export function formatMegabytes(bytes: number): string {
  return bytes >= 1024 * MiB ? `${(bytes / 1024 / MiB).toFixed(1)} GB` : `${Math.round(bytes / MiB)} MB`
}

/** "42% · 120 MB of 950 MB · about 3 min left", leaving out what is not known. */
export function describeProgress(progress: LoadProgress | null, samples: readonly ProgressSample[]): string {
  if (!progress) return "Starting…"
  const parts = [`${Math.floor(progress.fraction * 100)}%`]
  if (progress.phase === "download" && progress.bytesLoaded !== undefined && progress.bytesTotal) {
    parts.push(`${formatMegabytes(progress.bytesLoaded)} of ${formatMegabytes(progress.bytesTotal)}`)
    const left = secondsLeft(samples, progress.bytesTotal)
    if (left !== null) parts.push(formatDuration(left))
  } else if (progress.phase === "load") parts.push("reading the model from this device")
  else if (progress.phase === "compile") parts.push("preparing the graphics card")
  return parts.join(" · ")
}
