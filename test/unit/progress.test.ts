import { describe, expect, it } from "vitest"

import { describeProgress, formatDuration, secondsLeft } from "~src/ui/progress"

const MiB = 2 ** 20

describe("download progress wording", () => {
  it("estimates time left from the rate over the whole download", () => {
    const samples = [
      { at: 0, bytes: 0 },
      { at: 5000, bytes: 50 * MiB },
      { at: 10_000, bytes: 100 * MiB }
    ]
    // 10 MB/s, 900 MB to go.
    expect(secondsLeft(samples, 1000 * MiB)).toBeCloseTo(90)
    expect(formatDuration(90)).toBe("about 2 min left")
  })

  it("gives no estimate before two seconds of data or without a total", () => {
    expect(secondsLeft([{ at: 0, bytes: 0 }, { at: 1000, bytes: MiB }], 100 * MiB)).toBeNull()
    expect(secondsLeft([{ at: 0, bytes: 0 }, { at: 5000, bytes: MiB }], undefined)).toBeNull()
  })

  it("reads percent, megabytes and time left in one line", () => {
    const line = describeProgress(
      { fraction: 0.425, phase: "download", bytesLoaded: 400 * MiB, bytesTotal: 1100 * MiB, text: "" },
      [{ at: 0, bytes: 0 }, { at: 20_000, bytes: 400 * MiB }]
    )
    expect(line).toBe("42% · 400 MB of 1.1 GB · about 35 s left")
    expect(describeProgress(null, [])).toBe("Starting…")
    expect(describeProgress({ fraction: 0.9, phase: "compile", text: "" }, [])).toBe("90% · preparing the graphics card")
  })
})
