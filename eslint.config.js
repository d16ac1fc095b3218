import tseslint from "typescript-eslint"

export default tseslint.config(
  { ignores: ["build/", "generated/", ".plasmo/", "node_modules/", "test-results/"] },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Page text and model output are rendered as text, never as HTML: make the HTML sinks errors.
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: "Render page and model text as text, never as HTML."
        },
        {
          selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]",
          message: "Render page and model text as text, never as HTML."
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: "Render page and model text as text, never as HTML."
        },
        {
          selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]",
          message: "Render page and model text as text, never as HTML."
        }
      ]
    }
  },
  {
    // chrome.* belongs in modules whose name says so (src/platform/chrome-*.ts) and entry files.
    files: ["src/**/*.ts"],
    ignores: ["src/platform/chrome-*.ts"],
    rules: {
      "no-restricted-globals": ["error", { name: "chrome", message: "Use chrome.* only in src/platform/chrome-*.ts." }]
    }
  }
)
