import type { InitProgressReport } from "@mlc-ai/web-llm"

import type { LoadProgress, ProgressListener } from "./language-model"

/**
 * WebLLM 0.2.86 reports each loading phase from 0 to 1 again (tvmjs fetchTensorCache and
 * asyncLoadWebGPUPipelines in lib/index.js), recognisable only by its text:
 *   "Start to fetch params"                      always, even when everything is cached
 *   "Fetching param cache[i/n]: 120MB fetched. 12% completed, …"   downloading
 *   "Loading model from cache[i/n]: 80MB loaded. 40% completed, …" reading into the GPU
 *   "Loading GPU shader modules[i/n]: 50% completed, …"           compiling shaders
 *   "Finish loading on WebGPU - <adapter>"       done (progress 1)
 * This folds them into one fraction that only grows. Downloading dominates when it happens.
 */
const RANGES = {
  downloading: { download: [0, 0.85], load: [0.85, 0.95], compile: [0.95, 1] },
  cached: { download: [0, 0], load: [0, 0.8], compile: [0.8, 1] }
} as const

const MiB = 2 ** 20

export function webllmProgress(listener: ProgressListener): (report: InitProgressReport) => void {
  let downloading = false
  let fraction = 0
  return (report) => {
    const text = report.text
    let phase: LoadProgress["phase"]
    if (/^Fetching param cache/.test(text)) {
      downloading = true
      phase = "download"
    } else if (/^Start to fetch params/.test(text)) phase = "download"
    else if (/^Loading model from cache/.test(text)) phase = "load"
    else if (/^Loading GPU shader modules/.test(text)) phase = "compile"
    else if (/^Finish loading/.test(text) || report.progress >= 1) phase = "ready"
    else phase = "load"
    const within = Math.min(Math.max(report.progress, 0), 1)
    const target = phase === "ready" ? 1 : lerp(RANGES[downloading ? "downloading" : "cached"][phase], within)
    fraction = Math.max(fraction, target)
    // "120MB fetched" is rounded up to a MiB, and progress is fetched/total bytes exactly, so the
    // total derived from them is within one MiB / progress of the truth (a few % after one shard).
    const mb = /(\d+)MB (?:fetched|loaded)/.exec(text)
    const bytesLoaded = mb ? Number(mb[1]) * MiB : undefined
    const bytesTotal = bytesLoaded !== undefined && within > 0 ? Math.round(bytesLoaded / within / MiB) * MiB : undefined
    listener({ fraction, phase, bytesLoaded, bytesTotal, text: plainWords(phase, within, bytesLoaded, bytesTotal), detail: text })
  }
}

function lerp([from, to]: readonly [number, number], within: number): number {
  return from + (to - from) * within
}

function plainWords(phase: LoadProgress["phase"], within: number, loaded?: number, total?: number): string {
  const percent = `${Math.floor(within * 100)}%`
  switch (phase) {
    case "download":
      return loaded !== undefined && total !== undefined
        ? `Downloading the model: ${Math.round(loaded / MiB)} of about ${Math.round(total / MiB)} MB`
        : "Checking for the model on this computer"
    case "load":
      return `Loading the model from this computer: ${percent}`
    case "compile":
      return `Preparing the graphics card: ${percent}`
    case "ready":
      return "Ready"
  }
}
