import { useEffect, useRef, useState } from "react"

import type { StoredProduct, StoredReview } from "~src/db/schema"
import { classifyError } from "~src/llm/errors"
import { QA_MAX_ANSWER_TOKENS, buildQaPrompt } from "~src/llm/prompts/product-qa"
import { modelClient } from "~src/platform/chrome-model-client"

import { Answer, type Exchange } from "./Answer"

let nextExchange = 0

/**
 * Questions about the product in front of the shopper, answered on this device, streamed, stoppable.
 * `ready`: the model can answer; until then a question can be typed but not asked.
 */
export function ProductQa({ product, reviews, ready }: { product: StoredProduct; reviews: StoredReview[]; ready: boolean }) {
  const [question, setQuestion] = useState("")
  const [exchanges, setExchanges] = useState<Exchange[]>([])
  const controllers = useRef(new Map<number, AbortController>())

  // Leaving the product (or closing the panel) stops its answers.
  useEffect(() => {
    const running = controllers.current
    return () => running.forEach((controller) => controller.abort())
  }, [product.key])

  const change = (id: number, update: Partial<Exchange> | ((e: Exchange) => Partial<Exchange>)) =>
    setExchanges((all) => all.map((e) => (e.id === id ? { ...e, ...(typeof update === "function" ? update(e) : update) } : e)))

  const ask = async () => {
    const text = question.trim()
    if (!text || !ready) return
    const prompt = buildQaPrompt(product, reviews, text)
    const id = ++nextExchange
    const basis =
      prompt.reviewsTotal === 0
        ? "Based on the product page."
        : `Based on the product page and ${prompt.reviewsUsed} of ${prompt.reviewsTotal} reviews.`
    setExchanges((all) => [...all, { id, question: text, answer: "", state: "waiting", basis }])
    setQuestion("")
    const controller = new AbortController()
    controllers.current.set(id, controller)
    try {
      await modelClient().chat(prompt.messages, {
        signal: controller.signal,
        priority: "user",
        maxTokens: QA_MAX_ANSWER_TOKENS,
        onToken: (token) => change(id, (e) => ({ answer: e.answer + token, state: "streaming" })),
        onRestart: () => change(id, { answer: "", state: "waiting" })
      })
      change(id, { state: "done" })
    } catch (error) {
      const kind = classifyError(error).kind
      change(id, kind === "cancelled" ? { state: "stopped" } : { state: "failed", error: kind })
    } finally {
      controllers.current.delete(id)
    }
  }

  return (
    <section className="cw-qa-list">
      {exchanges.map((exchange) => (
        <Answer key={exchange.id} exchange={exchange} onStop={() => controllers.current.get(exchange.id)?.abort()} />
      ))}
      <form
        className="cw-ask"
        onSubmit={(event) => {
          event.preventDefault()
          void ask()
        }}>
        <label htmlFor="question">Ask about this product</label>
        <textarea
          id="question"
          data-testid="qa-input"
          rows={2}
          maxLength={500}
          placeholder="For example: is it quiet? How does it fit? Will it last?"
          value={question}
          onChange={(event) => setQuestion(event.target.value)}
          onKeyDown={(event) => {
            // Enter asks, as in any chat; Shift+Enter is a new line, and Enter that ends an IME
            // composition (Chinese, Japanese, Korean input) only confirms the characters.
            if (event.key !== "Enter" || event.shiftKey || event.nativeEvent.isComposing) return
            event.preventDefault()
            event.currentTarget.form?.requestSubmit()
          }}
        />
        <button type="submit" className="cw-button" data-testid="qa-ask" disabled={!question.trim() || !ready}>
          Ask
        </button>
        {ready ? null : (
          <p className="cw-small cw-muted" data-testid="qa-not-ready">
            Asking needs the on-device AI (see above). Questions and answers never leave this device.
          </p>
        )}
      </form>
    </section>
  )
}
