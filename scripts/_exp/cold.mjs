import { readFileSync } from "node:fs"
import { gunzipSync } from "node:zlib"
import { startOfflineBrowser } from "../bench/offline-browser.mjs"
const corpus = "/work/shared/corpus/product-pages/"
const truth = JSON.parse(readFileSync(corpus + "ground-truth.json", "utf8"))
const want = process.argv.slice(2)
const pages = Object.entries(truth).filter(([, e]) => want.some((w) => e.url.includes(w)))
const b = await startOfflineBrowser()
const A = `(() => { const t = performance.now(); const words = /price|preis|prix|precio|prezzo|cena|amount/i; const out = []; const w = document.createTreeWalker(document, 1); for (let el; out.length < 400 && (el = w.nextNode()); ) { const c = el.getAttribute("class"); if ((c && words.test(c)) || (el.id && words.test(el.id)) || el.getAttribute("itemprop") === "price") out.push(el) } return [performance.now() - t, out.length, document.getElementsByTagName("*").length] })()`
const sel = ["price","preis","prix","precio","prezzo","cena","amount"].flatMap((w) => [`[class*=${w} i]`, `[id*=${w} i]`]).join(",") + ",[itemprop=price]"
const B = `(() => { const t = performance.now(); const out = [...document.querySelectorAll(${JSON.stringify(sel)})].slice(0, 400); return [performance.now() - t, out.length] })()`
const sel2 = ["rice","reis","rix","recio","rezzo","ena","mount"].flatMap((w) => [`[class*=${w}]`, `[id*=${w}]`]).join(",") + ",[itemprop=price]"
const D = `(() => { const t = performance.now(); const words = /price|preis|prix|precio|prezzo|cena|amount/i; const out = [...document.querySelectorAll(${JSON.stringify(sel2)})].filter((el) => words.test(el.getAttribute("class") ?? "") || words.test(el.id) || el.getAttribute("itemprop") === "price").slice(0, 400); const t2 = performance.now(); document.querySelectorAll(${JSON.stringify(sel2)}); return [t2 - t, out.length, 0, performance.now() - t2] })()`
const C = `(() => { const t = performance.now(); const words = /price|preis|prix|precio|prezzo|cena|amount/i; const out = []; const all = document.getElementsByTagName("*"); for (let i = 0; out.length < 400 && i < all.length; i++) { const el = all[i]; const c = el.className; if ((typeof c === "string" && c && words.test(c)) || (el.id && words.test(el.id))) out.push(el) } return [performance.now() - t, out.length] })()`
for (const [id, e] of pages) {
  const html = gunzipSync(readFileSync(`${corpus}pages/${id}.html.gz`)).toString("utf8")
  const r = { A: [], B: [], C: [], D: [], W: [] }
  for (let i = 0; i < 5; i++) for (const [k, src] of Object.entries({ A, B, C, D })) {
    const p = await b.open(html, e.url); await p.waitForLoadState("load").catch(() => {})
    const [ms, n, all, warm] = await p.evaluate(src); r[k].push(ms); if (all) r.n = all; r[k + "n"] = n; if (warm !== undefined) r.W.push(warm)
    await p.close()
  }
  const med = (xs) => xs.sort((a, b) => a - b)[2].toFixed(2)
  console.log(e.url.slice(0, 50), "elements", r.n, "walk", med(r.A), r.An, "qsa", med(r.B), r.Bn, "getElementsByTagName", med(r.C), r.Cn, "qsa-cs", med(r.D), r.Dn, "warm", med(r.W))
}
await b.close()
