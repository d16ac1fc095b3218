import { useLiveQuery } from "dexie-react-hooks"
import { useState } from "react"

import { observationsOf } from "~src/db/record"
import { getDb } from "~src/db/schema"
import { isBid } from "~src/product"
import { openSidePanel } from "~src/platform/chrome-popup"
import { availabilityLabel, formatPrice, priceNote, ratingLine } from "~src/ui/format"
import { thumbnailCandidates } from "~src/ui/thumbnail"

import type { ScanProgress } from "~src/messages/contract"

import { Options } from "../components/Options"
import { AiSummary } from "./AiSummary"
import { MoreReviews } from "./MoreReviews"
import { PriceHistory } from "./PriceHistory"
import { ReadNotes } from "./ReadNotes"
import { ReportCard } from "./ReportCard"
import { ReviewInsights } from "./ReviewInsights"

// Everything shown here comes from a shop page: it is rendered as React text, never as HTML.
export function ProductView({
  productKey,
  tabId,
  scan,
  warnings
}: {
  productKey: string
  tabId: number
  scan: ScanProgress | null
  warnings: readonly string[]
}) {
  const db = getDb()
  const product = useLiveQuery(() => db.products.get(productKey), [productKey])
  const observations = useLiveQuery(() => observationsOf(db, productKey), [productKey], [])
  const [report, setReport] = useState(false)
  if (!product) return <p className="cw-state">Reading this page…</p>
  if (report) return <ReportCard productKey={productKey} onBack={() => setReport(false)} />
  const price = formatPrice(product.price, product.currency)
  const note = priceNote(product.sources.price?.source)
  const stock = product.availability
    ? availabilityLabel(product.availability, product.sources.availability?.source === "inferred", isBid(product.sources.price?.source))
    : null
  const rating = ratingLine(product.rating, product.reviewCount)
  return (
    <article className="cw-product" data-testid="product">
      <div className="cw-product-head">
        <ProductImage candidates={thumbnailCandidates(product.image, product.images)} />
        <div className="cw-product-text">
          <h1 className="cw-name" data-testid="product-name" dir="auto" title={product.name ?? undefined}>
            {product.name ?? "Unnamed product"}
          </h1>
          {product.brand ? (
            <p className="cw-brand" data-testid="product-brand" dir="auto">
              {product.brand}
            </p>
          ) : null}
          <p className="cw-shop">{product.host}</p>
        </div>
      </div>
      <div className="cw-price-row">
        <span className="cw-price" data-testid="product-price">
          {price ?? "No price shown"}
        </span>
        {note && price ? (
          <span className="cw-price-note" data-testid="product-price-note" title={note.why}>
            {note.label}
          </span>
        ) : null}
        <ListPrice price={product.price} listPrice={product.listPrice ?? null} currency={product.currency} />
        {stock ? (
          <span className={`cw-badge cw-badge-${stock.tone}`} data-testid="product-availability" title={stock.why}>
            {stock.label}
          </span>
        ) : null}
      </div>
      {rating ? (
        <p className="cw-rating" data-testid="product-rating">
          <span aria-hidden="true">★</span> {rating}
        </p>
      ) : null}
      <ReadNotes warnings={warnings} />
      <Options product={product} />
      <PriceHistory observations={observations} currency={product.currency} bid={isBid(product.sources.price?.source)} from={product.sources.price?.source === "from-price"} />
      <ReviewInsights productKey={productKey} total={product.reviewCount} shopRating={product.rating} onReport={() => setReport(true)} />
      <AiSummary product={product} />
      <p className="cw-ask-row">
        <button type="button" className="cw-button cw-button-quiet" data-testid="open-ask" onClick={() => openSidePanel(tabId)}>
          Ask about this product
        </button>
      </p>
      <MoreReviews tabId={tabId} productKey={productKey} host={product.host} scan={scan} total={product.reviewCount} />
      <Identifiers sku={product.sku} gtin={product.gtin} mpn={product.mpn} />
    </article>
  )
}

/** The struck "was" price and the saving, only when the shop shows one above today's price. */
function ListPrice({ price, listPrice, currency }: { price: string | null; listPrice: string | null; currency: string | null }) {
  if (price === null || listPrice === null || Number(listPrice) <= Number(price)) return null
  const saving = Math.round((1 - Number(price) / Number(listPrice)) * 100)
  return (
    <span className="cw-was">
      <s data-testid="product-list-price">{formatPrice(listPrice, currency)}</s>
      {saving > 0 ? <span className="cw-saving"> −{saving}%</span> : null}
    </span>
  )
}

/**
 * The shop's own image, fetched without a referrer: the sharpest candidate first, the next when
 * one fails to load (a moved or expired address), and a placeholder when none is left.
 */
function ProductImage({ candidates }: { candidates: string[] }) {
  const [failed, setFailed] = useState<ReadonlySet<string>>(() => new Set())
  const src = candidates.find((address) => !failed.has(address))
  if (!src) return <div className="cw-image cw-image-empty" aria-hidden="true" data-testid="product-image-empty" />
  return (
    <img
      key={src}
      className="cw-image"
      src={src}
      alt=""
      referrerPolicy="no-referrer"
      data-testid="product-image"
      onError={() => setFailed((before) => new Set(before).add(src))}
    />
  )
}

function Identifiers({ sku, gtin, mpn }: { sku: string | null; gtin: string | null; mpn: string | null }) {
  const rows = [
    ["SKU", sku],
    ["GTIN", gtin],
    ["MPN", mpn]
  ].filter((row): row is [string, string] => row[1] !== null)
  if (rows.length === 0) return null
  return (
    <dl className="cw-ids" data-testid="product-ids">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  )
}
