// Settings for @parcel/optimizer-swc, which .parcelrc runs after Plasmo's own SWC minifier
// (@plasmohq/parcel-optimizer-es: one compress pass, reads no config). Compressing the output
// again takes about 0.3 KB off each content script, which issue #3 caps at 60 KB. (Content
// scripts get one more pass after it: scripts/parcel/optimizer-content-math.cjs.)
module.exports = { compress: { passes: 2 } }
