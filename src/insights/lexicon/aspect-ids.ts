// The shopping aspects Cartwise recognises in any language, with the label the popup shows.

export const ASPECT_LABELS = {
  price: "Price and value",
  quality: "Quality",
  durability: "Durability",
  size_fit: "Size and fit",
  comfort: "Comfort",
  battery: "Battery",
  noise: "Noise",
  sound: "Sound",
  screen: "Screen",
  ease_of_use: "Ease of use",
  setup: "Setup and assembly",
  performance: "Performance",
  design: "Design and colour",
  shipping: "Shipping",
  packaging: "Packaging",
  customer_service: "Customer service",
  smell_taste: "Smell and taste",
  cleaning: "Cleaning",
  instructions: "Instructions",
  weight: "Weight"
} as const

export type AspectId = keyof typeof ASPECT_LABELS

export const ASPECT_IDS = Object.keys(ASPECT_LABELS) as AspectId[]
