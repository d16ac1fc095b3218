import { useLiveQuery } from "dexie-react-hooks"
import { useEffect, useRef, useState } from "react"

import { readModelSettings, type ModelSettings } from "~src/db/model-settings"
import { getDb } from "~src/db/schema"
import type { ClientState } from "~src/llm/engine-client"
import { MODELS, chooseModel, modelInfo, type ModelInfo } from "~src/llm/registry"
import { TEST_MODELS } from "~src/llm/test-models"
import { modelClient } from "~src/platform/chrome-model-client"
import type { ProgressSample } from "~src/ui/progress"

/** The engine host's state, live; connects only while `active` (so a popup without AI starts nothing). */
export function useEngine(active: boolean): ClientState | null {
  const [state, setState] = useState<ClientState | null>(null)
  useEffect(() => {
    if (!active) return
    return modelClient().subscribe(setState)
  }, [active])
  return state
}

export function useModelSettings(): ModelSettings | undefined {
  return useLiveQuery(() => readModelSettings(getDb()), [])
}

/** Every model this build offers: the curated ones, plus the deterministic ones in test builds. */
export function offeredModels(testBuild: boolean): readonly ModelInfo[] {
  return testBuild ? [...TEST_MODELS, ...MODELS] : MODELS
}

export function findModel(id: string | null, testBuild: boolean): ModelInfo | undefined {
  if (!id) return undefined
  return modelInfo(id) ?? (testBuild ? TEST_MODELS.find((model) => model.id === id) : undefined)
}

/** The model to use: the shopper's pick if this build offers it, else the device's default. */
export function effectiveModel(state: ClientState | null, settings: ModelSettings | undefined): ModelInfo | null {
  const host = state?.host
  if (!host || host.gpu === undefined) return null
  const picked = findModel(settings?.chosen ?? null, host.testBuild)
  if (picked) return picked
  const choice = chooseModel(host.gpu ?? null, navigator.language)
  return choice.ok ? choice.model : null
}

/** Download samples for the time-left estimate, restarted with each load. */
export function useProgressSamples(state: ClientState | null): ProgressSample[] {
  const samples = useRef<ProgressSample[]>([])
  const progress = state?.host?.engine === "loading" ? state.host.progress : null
  if (!progress) samples.current = []
  else if (progress.phase === "download" && progress.bytesLoaded !== undefined) {
    samples.current = [...samples.current, { at: Date.now(), bytes: progress.bytesLoaded }]
  }
  return samples.current
}
