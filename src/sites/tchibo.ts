import type { SiteAdapter } from "./types"

// Tchibo (Eduscho in Austria): the JSON-LD lists each review's words and author only, while the
// page prints its stars, title, date and helpful votes (product page layout, 2020 on; every size's
// product view repeats the list, which the shop's review ids join). Header line: "<strong>Title
// </strong><br>von Marika J. vom 26.09.2020<br>Bewerteter Artikel: S 36/38". Only the German-speaking
// shops: the date is read from that German line.
export const tchibo: SiteAdapter = {
  id: "tchibo",
  domains: ["tchibo.de", "tchibo.at", "tchibo.ch", "eduscho.at"],
  picks: {},
  reviews: {
    item: "[data-rating-ratings-parent] .m-tp-base",
    id: { css: "[data-rating-like-rating-id]", attr: "data-rating-like-rating-id" },
    // One star of ten half steps is marked: its text is the rating ("4,5").
    rating: ".c-tp-ratingstars-list-item--active",
    title: ".c-tp-ratingstars + .c-tp-copytext > strong",
    // The line's text runs on from the title ("Weich und warmvon Marika J. vom 26.09.2020Bewerteter
    // Artikel"), so where the author begins cannot be told from a "von" in the title; the JSON-LD
    // names the authors of the reviews it lists; those the page adds later ("Mehr Bewertungen sehen") have none.
    // The last such date: a title may hold one too ("Nachkauf vom 01.02.2019").
    date: { css: ".c-tp-ratingstars + .c-tp-copytext", match: /.*\svom (\d{1,2}\.\d{1,2}\.\d{4})/ },
    body: ".c-tp-ratingstars + .c-tp-copytext + .c-tp-copytext",
    helpfulVotes: "[data-rating-like-count]"
  }
}
