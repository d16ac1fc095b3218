import { writeModelSettings, type ModelSettings } from "~src/db/model-settings"
import { getDb } from "~src/db/schema"
import type { GpuSummary } from "~src/llm/host-protocol"
import { misfit, type ModelInfo } from "~src/llm/registry"

const MISFIT_WORDS = { "shader-f16": "needs shader-f16", buffer: "GPU buffers too small", memory: "needs more memory" } as const

/** The model table: size, memory, languages, whether it fits this GPU, and the shopper's pick. */
export function ModelChoice({
  models,
  gpu,
  selected,
  recommended
}: {
  models: readonly ModelInfo[]
  gpu: GpuSummary | null | undefined
  selected: ModelInfo | null
  recommended: string | null
}) {
  return (
    <table className="cw-models">
      <thead>
        <tr>
          <th scope="col">Use</th>
          <th scope="col">Model</th>
          <th scope="col">Download</th>
          <th scope="col">GPU memory</th>
          <th scope="col">Languages</th>
          <th scope="col">On this device</th>
        </tr>
      </thead>
      <tbody>
        {models.map((model) => {
          const why = gpu ? misfit(model, gpu) : null
          return (
            <tr key={model.id} data-testid={`model-${model.id}`} className={selected?.id === model.id ? "cw-chosen" : undefined}>
              <td>
                <input
                  type="radio"
                  name="model"
                  aria-label={`Use ${model.displayName}`}
                  checked={selected?.id === model.id}
                  onChange={() => void writeModelSettings(getDb(), { chosen: model.id } satisfies Partial<ModelSettings>)}
                />
              </td>
              <td>
                {model.displayName} <span className="cw-muted">{model.quantization}</span>
              </td>
              <td>~{model.downloadMB} MB</td>
              <td>{Math.round(model.vramMB)} MB</td>
              <td>{model.languages.join(", ")}</td>
              <td>{!gpu ? "—" : recommended === model.id ? "Recommended" : why ? MISFIT_WORDS[why] : "Fits"}</td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
