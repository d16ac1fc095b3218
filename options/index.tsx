import { useEffect, useState } from "react"

import { describeError } from "~src/llm/errors"
import { MODELS, chooseModel, misfit, type ModelInfo } from "~src/llm/registry"
import { detectGpu, type GpuReport } from "~src/platform/webgpu"

import { DataControls } from "../popup/DataControls"
import { EnableModel } from "./EnableModel"
import "./options.css"

const MISFIT_WORDS = { "shader-f16": "needs shader-f16", buffer: "GPU buffers too small", memory: "needs more memory" } as const

function ModelRow({ model, report, chosen }: { model: ModelInfo; report: GpuReport; chosen: boolean }) {
  const why = report.gpu ? misfit(model, report.gpu) : null
  return (
    <tr data-testid={`model-${model.id}`} className={chosen ? "cw-chosen" : undefined}>
      <td>
        {model.displayName} <span className="cw-muted">{model.quantization}</span>
      </td>
      <td>~{model.downloadMB} MB</td>
      <td>{Math.round(model.vramMB)} MB</td>
      <td>{model.languages.join(", ")}</td>
      <td>{!report.gpu ? "—" : chosen ? "Recommended" : why ? MISFIT_WORDS[why] : "Fits"}</td>
    </tr>
  )
}

/** Options: what the on-device model can do on this machine, and the shopper's data. */
function Options() {
  const [report, setReport] = useState<GpuReport | "checking">("checking")
  useEffect(() => {
    detectGpu().then(setReport, () => setReport({ gpu: null, adapterName: null }))
  }, [])
  const choice = report === "checking" ? null : chooseModel(report.gpu, navigator.language)
  const noGpu = describeError("no-webgpu")
  return (
    <main className="cw-options">
      <h1>Cartwise settings</h1>
      <section>
        <h2>On-device AI</h2>
        <p className="cw-muted">
          Review summaries and answers will run on your own graphics card through WebGPU. The model is downloaded once
          from its host; your pages and questions never leave this device. Everything else in Cartwise works without it.
        </p>
        {report === "checking" ? (
          <p data-testid="gpu-checking">Checking your graphics card…</p>
        ) : report.gpu === null ? (
          <div className="cw-notice" data-testid="gpu-none">
            <h3>{noGpu.title}</h3>
            <p>{noGpu.explanation}</p>
            <p>{noGpu.action}</p>
          </div>
        ) : (
          <div data-testid="gpu-found">
            <p>
              WebGPU is available{report.adapterName ? ` (${report.adapterName})` : ""}.{" "}
              {report.gpu.shaderF16 ? "It supports 16-bit shaders." : "It has no 16-bit shaders, so 32-bit model builds are used."}
            </p>
            {choice?.ok ? (
              <>
                <p data-testid="model-recommended">
                  Recommended for this device: <strong>{choice.model.displayName}</strong> ({choice.model.quantization}), about{" "}
                  {choice.model.downloadMB} MB to download once.
                </p>
                <EnableModel model={choice.model} />
              </>
            ) : (
              <p data-testid="model-none">{choice?.ok === false ? choice.message : null}</p>
            )}
          </div>
        )}
        <table className="cw-models">
          <thead>
            <tr>
              <th scope="col">Model</th>
              <th scope="col">Download</th>
              <th scope="col">GPU memory</th>
              <th scope="col">Languages</th>
              <th scope="col">On this device</th>
            </tr>
          </thead>
          <tbody>
            {MODELS.map((model) => (
              <ModelRow
                key={model.id}
                model={model}
                report={report === "checking" ? { gpu: null, adapterName: null } : report}
                chosen={choice?.ok === true && choice.model.id === model.id}
              />
            ))}
          </tbody>
        </table>
        <p className="cw-muted cw-small">Download sizes are estimates from the model's size; memory needs come from WebLLM.</p>
      </section>
      <section>
        <h2>Your data</h2>
        <DataControls />
      </section>
    </main>
  )
}

export default Options
