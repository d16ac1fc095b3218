import { chooseModel } from "~src/llm/registry"

import { ModelSetup } from "../components/model/ModelSetup"
import { effectiveModel, offeredModels, useEngine, useModelSettings } from "../components/model/useEngine"
import { DataControls } from "../popup/DataControls"
import { MirrorSetting } from "./MirrorSetting"
import { ModelChoice } from "./ModelChoice"
import "./options.css"

/** Options: the on-device model (what this GPU can run, which one, from where) and the shopper's data. */
function Options() {
  const settings = useModelSettings()
  const state = useEngine(settings !== undefined)
  const host = state?.host ?? null
  const gpu = host?.gpu
  const recommended = gpu ? chooseModel(gpu, navigator.language) : null
  return (
    <main className="cw-options">
      <h1>Cartwise settings</h1>
      <section>
        <h2>On-device AI</h2>
        <p className="cw-muted">
          Review summaries and answers run on your own graphics card through WebGPU. The model is downloaded once from its host;
          your pages and questions never leave this device. Everything else in Cartwise works without it.
        </p>
        {gpu ? (
          <p data-testid="gpu-found">
            WebGPU is available{gpu.adapterName ? ` (${gpu.adapterName})` : ""}.{" "}
            {gpu.shaderF16 ? "It supports 16-bit shaders." : "It has no 16-bit shaders, so 32-bit model builds are used."}
            {recommended?.ok ? (
              <span data-testid="model-recommended">
                {" "}
                Recommended for this device: <strong>{recommended.model.displayName}</strong>.
              </span>
            ) : null}
          </p>
        ) : null}
        <ModelSetup />
        <ModelChoice
          models={offeredModels(host?.testBuild ?? false)}
          gpu={gpu}
          selected={effectiveModel(state, settings)}
          recommended={recommended?.ok ? recommended.model.id : null}
        />
        <p className="cw-muted cw-small">Download sizes are estimates from the model's size; memory needs come from WebLLM.</p>
        <MirrorSetting value={settings?.mirrorBaseUrl ?? null} />
      </section>
      <section>
        <h2>Your data</h2>
        <DataControls />
      </section>
    </main>
  )
}

export default Options
