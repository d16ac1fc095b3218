// English shopping vocabulary: the aspects reviews talk about and the words that judge them.

import type { LexiconSource } from "./entry"

export const EN: LexiconSource = {
  aspects: {
    price:
      "price, prices, priced, pricing, full price, value, value for money, cost, costs, money, worth, worth it, penny, pennies, bucks, dollars, budget, bargain, steal, deal, affordable, overpriced, ~cheap, ~cheaper, ~cheapest, ~inexpensive, ~expensive, ~pricey, ~costly, ~pay, ~paid",
    quality:
      "quality, build quality, build, paint, coating, well made, well-made, poorly made, badly made, craftsmanship, workmanship, construction, material, materials, fabric, plastic, stitching, seams, texture, wood, metal, steel, leather, cotton, splinters, pilling, see-through, ~feels, ~feel, particle board, mdf, veneer, laminate, you get what you pay for, ~edges, ~edge",
    durability:
      "durable, durability, sturdy, lasted, long lasting, longevity, broke, broken, snapped, cracked, fell apart, falls apart, fall apart, frayed, fraying, tore, torn, ripped, peeling, peeled, chipping, chipped, held up, holds up, holding up, stopped working, quit working, died, dies, survived, wear and tear, still works, in one piece, like new, ~wear, ~last, ~lasts, tough as nails, built like a tank, built to last, looks new, look new, looks brand new, still looks new, ~stopped, ~year, ~years, ~month, ~months",
    size_fit:
      "size, sizes, sized, sizing, size chart, sizing chart, fit, fits, fitting, fitted, true to size, tight, loose, snug, baggy, roomy, length, waist, sleeves, shoulders, measurements, ~small, ~smaller, ~big, ~bigger, ~large, ~larger, ~tiny, ~huge, ~short, ~shorter, ~long, ~longer, ~tall, ~wide, ~narrow, ~shallow",
    comfort:
      "comfort, comfortable, comfy, uncomfortable, cozy, cosy, itchy, scratchy, blisters, breaking in, break in, cushioning, ergonomic, breathable, ~soft, ~hurt, ~hurts, ~sore, ~pinch, ~pinches, ~rub, ~rubs, digs in, digs into, dig into, cuts into, ~sleep, ~slept",
    battery:
      "battery, batteries, battery life, charge, charges, charged, charging, charger, recharge, rechargeable, run out of battery, runs out of battery, ~power bank",
    noise:
      "noise, noisy, loud, louder, quiet, quieter, quietly, silent, silently, whisper quiet, squeak, squeaks, squeaky, rattle, rattles, rattling, whine, buzz, buzzing, hum, humming, decibels",
    sound:
      "sound, sound quality, audio, bass, treble, highs, mids, speaker, speakers, microphone, mic, volume, crackles, crackling, tinny, muffled, vocals, voices",
    screen: "screen, display, pixel, pixels, dead pixel, resolution, brightness, touchscreen, touch screen",
    ease_of_use:
      "easy to use, ease of use, user friendly, user-friendly, intuitive, controls, buttons, button, interface, usability, hard to use, difficult to use, to use, ~to open, ~to close, ~to operate, ~to adjust, ~easy, ~easier, ~simple, ~difficult, ~complicated, ~confusing, ~clunky",
    setup:
      "setup, set up, setting up, install, installed, installation, installing, assembly, assemble, assembled, assembling, put together, putting together, put it together, putting it together, put them together, pairing, paired, plug and play, plugged in, mount, mounting, setting it up, set it up, setting them up, plugged it in, plug it in, connecting it, connect it, connected it, hook it up, hooked it up, hooking it up, walked me through, walks you through",
    performance:
      "performance, power, powerful, suction, speed, sluggish, laggy, signal, wi fi, wifi, range, heat, heats, heating, heat up, heats up, cools, cooling, cooks, boil, boils, blends, cuts, effective, effectiveness, results, difference, ~works, ~work, ~worked, ~working, ~handle, ~handles, ~handled, ~keeps, ~kept, ~lags, ~lag, ~lagging, ~freezes, ~froze, ~crashes, ~crashed, ~stutters, ~stuttering, ~every time, ~every single time, ~skin, ~hair",
    design:
      "design, designed, color, colour, colors, colours, style, stylish, pattern, shade, finish, appearance, aesthetic, aesthetics, sleek, logo, print, cut, ~look, ~looks, ~looked, ~pretty, ~prettier, ~prettiest, ~ugly, ~cute, ~gorgeous, ~beautiful",
    shipping:
      "shipping, shipped, ship, ships, delivery, delivered, deliver, arrived, arrive, arrival, arrives, courier, tracking, dispatch, dispatched, shipment, transit, postage, ~came, ~come, lost in transit, lost in the mail, package was lost, parcel was lost, never arrived, never came, never showed up, ~same day, ~next day, ~within a week, ~within days",
    packaging: "packaging, packaged, package, packed, packing, box, boxes, wrapped, wrapping, padding, bubble wrap, parcel, ~jar, ~bottle, ~container",
    customer_service:
      "customer service, customer support, customer care, support, seller, sellers, vendor, refund, return, returns, warranty, helpdesk, chatbot, representative, contacted, responded, replied, response, reply, ~replacement, ~service, ~company, ~returned, on hold, stopped answering, stopped responding, stopped replying",
    smell_taste:
      "smell, smells, smelled, smelly, scent, scented, fragrance, odor, odour, taste, tastes, tasted, flavor, flavour, flavors, flavours, aroma, stinks, stink, perfume, plastic taste, plastic smell, chemical smell, metallic taste, burnt smell",
    // Not "clean" alone: a clean sound (guitar amps' "cleans"), design, cut or install is no
    // cleaning. The verb is read in its usual frames.
    cleaning:
      "to clean, clean it, clean them, clean out, clean up, cleans up, cleans easily, cleans well, keep clean, keeps clean, stays clean, cleaning, cleanup, wash, washing, dishwasher, dishwasher safe, wipe, wipes, wipes clean, rinse",
    instructions: "instructions, instruction, manual, user manual, guide, directions, diagrams",
    weight: "weight, weighs, lightweight, ~heavy, ~heavier, ~light, ~lighter"
  },
  strongPositive:
    "great, excellent, amazing, awesome, fantastic, perfect, perfectly, love, loved, loves, superb, outstanding, brilliant, wonderful, best, incredible, exceptional, flawless, gorgeous, stunning, impressive, impressed, highly recommend, worth every penny, a steal, couldn't be happier, can't go wrong, can't beat, cannot beat, can't say enough good things, above and beyond, breeze, a breeze, whisper quiet, true to size, plug and play, wipes clean, love it, just works, just worked, it just works, without breaking a sweat, without any fuss, without fuss, no fuss, no hassle, without any hassle, without hassle, without a hitch, hassle free, hassle-free, like butter, tough as nails, built like a tank, built to last, looks new, look new, looks brand new, still looks new",
  positive:
    "good, nice, fine, well, decent, solid, happy, pleased, satisfied, glad, liked, enjoy, enjoyed, enjoys, recommend, recommended, comfortable, comfy, cozy, cosy, sturdy, durable, reliable, fast, quick, quickly, easy, easily, easier, simple, smooth, clear, sharp, crisp, vivid, fresh, pleasant, lovely, cute, neat, handy, useful, helpful, friendly, responsive, worth, worth it, fair, reasonable, affordable, inexpensive, bargain, intact, securely, effective, accurate, stable, consistent, evenly, better, improved, beautiful, pretty, prettier, prettiest, stylish, sleek, elegant, premium, quiet, quieter, quietly, silent, silently, powerful, intuitive, straightforward, user friendly, user-friendly, breathable, ergonomic, well made, well-made, long lasting, held up, holds up, holding up, survived, still works, in one piece, like new, on time, early, earlier, solved, sorted it out, right away, straight away, promptly, immediately, smoother, sharper, clearer, faster, quicker, stronger, sturdier, softer, comfier, nicer, can't complain, no complaints, dishwasher safe, lightweight, soft, roomy, flattering, vibrant, hydrated, natural, painless, recyclable, appreciate, plenty, fun, thank, thanks, punchy, clearly, will last, help, helped, took less than, takes less than, only took, only takes, same day, next day, within a week, within days, in a few days, before the weekend, ahead of schedule, earlier than expected, sooner than expected, walked me through, walks you through, step by step",
  functional:
    "works, work, worked, working, fits, fit, fitted, holds, held, lasts, last, lasted, handle, handles, handled, does the job, do the job, did the job, does its job, keeps, kept",
  mildNegative: "odor, odour, odd, returned, return it, used to",
  negative:
    "bad, poor, poorly, slow, slowly, cheaply, flimsy, weak, difficult, hard, complicated, confusing, clunky, annoying, annoyed, frustrating, frustrated, problem, problems, issue, issues, complaint, complaints, disappointing, disappointed, disappointment, unfortunately, sadly, fail, fails, failed, failure, missing, lost, late, delayed, delay, delays, damaged, dented, crushed, scratched, scratches, scratch, stain, stains, leak, leaks, leaked, leaking, peeling, peeled, defect, defects, defective, faulty, wrong, uncomfortable, itchy, scratchy, stiff, hurt, hurts, sore, pain, painful, blister, blisters, rub, rubs, pinch, pinches, rude, unhelpful, ignored, refused, noisy, loud, louder, squeak, squeaks, squeaky, rattle, rattles, rattling, whine, buzz, buzzing, crackle, crackles, crackling, tinny, muffled, muddy, harsh, grainy, blurry, dull, faded, fades, ugly, weird, strange, awkward, awkwardly, greasy, sticky, sticks, smudge, smudges, smudging, flake, flakes, flaking, sting, stings, irritation, rash, headache, chemical, stinks, stink, smelly, overheats, overheating, overheated, sluggish, laggy, lag, lags, freezes, froze, crash, crashes, crashed, drops, dropped, dropping, broke, broken, break, breaks, snapped, cracked, cracks, fell apart, falls apart, fall apart, frayed, fraying, tore, torn, ripped, rip, hole, holes, chipping, chipped, died, dies, dead, dead pixel, quit, worse, mess, sloppy, shoddy, tacky, avoid, wobble, wobbles, wobbly, unstable, pilling, splinters, rough, drains, drain, runs out, run out, eats, takes forever, took forever, takes ages, took ages, forever to, tint, struggles, struggle, expensive, pricey, costly, overpriced, cheap, cheaper, cheapest, see-through, could be better, could have been better, yellowed, shrank, shrunk, lumpy, uneven, unevenly, burn, burns, burnt, dull, useless, impossible, came loose, come loose, comes loose, came off, comes off, come off, fell off, falls off, die, slower, weaker, flimsier, noisier, nothing like, plastic taste, plastic smell, chemical smell, metallic taste, burnt smell, run out of battery, runs out of battery, chips, soaked, soggy, chore, a chore, badly, rescheduled, postponed, had to guess, have to guess, guesswork, so-called, so called, goes in circles, going in circles, round in circles, is off, was off, are off, were off, completely off, way off, expected more, expected better, on hold, stopped answering, stopped responding, stopped replying, lost in transit, lost in the mail, package was lost, parcel was lost, never arrived, never came, never showed up, digs in, digs into, dig into, cuts into, you get what you pay for",
  strongNegative:
    "hate, hated, hates, terrible, awful, horrible, worst, nightmare, useless, junk, garbage, trash, rubbish, waste, waste of money, disaster, regret, stopped working, quit working, never heard back, scam, defective, unusable, falling apart, forget it, forget about it",
  // "Fits small" is a complaint and "fits small spaces" praise; the words cannot tell them apart,
  // so "fit" beside a bare size word judges nothing (a review showed "fits" alone read as praise).
  neutral:
    "as well, well as, even though, feels like, looks like, phone, product, item, thing, i mean, just, fits small, fits big, fits large, fit small, fit big, fit large, fitted small, fitted large, fit is small, fit is big, fit is large, " +
    // The listing is no other thing ("smaller than the picture"); "a size bigger" is an order.
    "than the picture, than the pictures, than the photo, than the photos, than the image, than the images, than the description, than the listing, than the ad, " +
    "size bigger, size larger, size smaller, sizes bigger, sizes larger, sizes smaller, size up, size down",
  dims: "small, smaller, big, bigger, large, larger, tiny, huge, tight, tighter, loose, looser, short, shorter, long, longer, tall, wide, narrow, shallow, deep, thin, thick, heavy, heavier, light, lighter, hard, soft, firm, stiff, low, high, bright, dark, dim, sweet, salty, spicy, strong, hot, cold, warm, much, many, sensitive, slippery, snug, big in, small in",
  byAspect: {
    cheap: { price: 1, "*": -1 },
    cheaper: { price: 1, "*": -1 },
    cheapest: { price: 1, "*": -1 },
    expensive: { design: 1, "*": -1 },
    pricey: { design: 1, "*": -1 },
    costly: { "*": -1 },
    // A bare "large" describes ("a large, open mouth", "I ordered a large"): only "too large" and
    // "runs large" judge it (the excess and runs roles). A comparative is a complaint ("smaller
    // than it looks", "smaller than what I expected", "smaller in person") unless it compares with
    // another thing ("much larger than the bag I'm replacing": the another role) or names a size
    // ("a size bigger", a neutral phrase).
    smaller: { size_fit: -0.5 },
    bigger: { size_fit: -0.5 },
    larger: { size_fit: -0.5 },
    tiny: { size_fit: -0.5, "*": -0.5 },
    huge: { size_fit: -0.5, design: -0.5 },
    tight: { size_fit: -0.5, quality: 1 },
    loose: { size_fit: -0.5 },
    shallow: { "*": -0.5 },
    thin: { quality: -0.5, "*": -0.5 },
    light: { "*": 1 },
    lighter: { "*": 1 },
    heavy: { quality: 1, "*": -1 },
    heavier: { "*": -1 },
    high: { price: -1 },
    low: { price: 1 },
    strong: { smell_taste: -1, "*": 1 },
    fast: { battery: 0, "*": 1 },
    quick: { battery: 0, "*": 1 },
    quickly: { battery: 0, "*": 1 },
    hot: { battery: -1, performance: -0.5 },
    soft: { "*": 1 },
    bright: { design: 1, screen: 1, "*": 0.5 },
    long: { battery: 1 },
    longer: { battery: 1 },
    sharp: { quality: -1, "*": 1 },
    weeks: { shipping: -1 },
    months: { shipping: -1 },
    stopped: { "*": -1 }
  },
  roles: {
    result: "to",
    negator:
      "not, no, never, nothing, none, neither, nor, without, hardly, barely, zero, nobody, no one, lack, lacks, lacking, don't, doesn't, didn't, isn't, wasn't, aren't, weren't, won't, wouldn't, can't, couldn't, shouldn't, haven't, hasn't, hadn't, ain't, cannot, dont, doesnt, didnt, isnt, wasnt, cant, wouldnt, couldnt, not at all, anything but",
    contrast: "but, however, yet, except, nevertheless, nonetheless, on the other hand, that said, only problem, only issue, only complaint, only downside",
    concession: "although, though, even though, despite, in spite of, albeit, even if",
    intensifier:
      "never been so, never been this, never been more, never felt so, very, really, so, super, extremely, incredibly, absolutely, totally, quite, pretty, highly, truly, surprisingly, remarkably, especially, exceptionally, seriously, much, far, way",
    excess: "too, way too, far too, much too, a bit too, a little too, overly, a bit, a little, slightly, kind of, somewhat",
    runs: "runs, run, running, ran",
    enough: "enough",
    another:
      "than my, than our, than your, than his, than her, than their, than the, than a, than an, than other, than others, than most, than any, than previous, than last, than one"
  }
}
