// Settings for @parcel/optimizer-swc, which .parcelrc runs after Plasmo's own SWC minifier
// (@plasmohq/parcel-optimizer-es: one compress pass, reads no config). Compressing the output
// again takes about 0.3 KB off each content script, which issue #3 caps at 60 KB.
// unsafe_math (269 bytes more): in this code it writes `Number(x)` as `+x`, the same for every
// value but a BigInt, which neither page text nor JSON.parse ever gives, and `===` as `==` between
// two numbers. It would also fold constant chains such as `2 * x * 3` into `6 * x`, which can round
// differently; the content scripts write none (checked on the output's diff, 2026-11-27, fourteenth
// session: every change is one of the first two kinds), so keep it that way or drop this option.
module.exports = { compress: { passes: 2, unsafe_math: true } }
