// Nouns that name a kind of product, grouped by shop department, in the languages Cartwise reads.
// Used to tell when reviews describe another kind of product than the listing sells.

export const PRODUCT_TYPES: Record<string, string> = {
  apparel:
    "dress shirt shirts t-shirt tshirt blouse jeans pants trousers jacket coat hoodie sweater skirt shorts leggings socks bra underwear shoes sneakers boots sandals heels hat scarf gloves fabric sleeves waist kleid hemd hose jacke schuhe pullover robe chemise pantalon veste chaussures vestido camisa pantalones chaqueta zapatos 衣服 裙子 连衣裙 衬衫 裤子 外套 鞋子 鞋 袜子 帽子 面料",
  electronics:
    "phone smartphone laptop tablet charger cable headphones earbuds speaker camera monitor keyboard mouse router battery bluetooth usb hdmi screen tv television console controller smartwatch handy ladegerät kabel kopfhörer téléphone chargeur câble écouteurs teléfono móvil cargador auriculares cable 手机 电脑 充电器 数据线 耳机 音箱 相机 键盘 鼠标 路由器 电池 屏幕",
  kitchen:
    "pan pot skillet knife knives blender kettle toaster mug cup plate bowl cutlery spatula oven microwave cookware coffee grinder pfanne topf messer mixer wasserkocher tasse poêle casserole couteau bouilloire sartén olla cuchillo licuadora taza 锅 刀 碗 杯子 水壶 盘子 烤箱 微波炉 炒锅",
  beauty:
    "cream serum lotion moisturizer shampoo conditioner lipstick mascara foundation perfume makeup soap sunscreen creme crème parfum crema champú 面霜 精华 乳液 洗发水 口红 睫毛膏 粉底 香水 化妆",
  toys:
    "toy toys doll puzzle lego blocks game playset stuffed plush spielzeug puppe jouet poupée juguete muñeca 玩具 娃娃 积木 拼图",
  furniture:
    "chair desk table sofa couch bed mattress shelf shelves drawer drawers cabinet wardrobe bookcase stool stuhl tisch schrank regal bett chaise table canapé lit étagère silla mesa sofá cama estantería 椅子 桌子 沙发 床 床垫 书架 柜子 抽屉",
  books:
    "book books novel author chapter chapters characters plot paperback hardcover kindle buch roman autor livre roman auteur libro novela autor 书 小说 作者 章节 故事 情节",
  garden:
    "garden plant plants seeds soil lawn mower hose pot planter grill bbq garten pflanze jardin plante jardín planta 花园 植物 种子 草坪",
  pets:
    "dog dogs cat cats puppy kitten pet leash collar litter treats hund katze chien chat perro gato 狗 猫 宠物 猫砂 狗粮",
  food:
    "tea chocolate snack snacks sauce spice candy cereal protein supplement vitamins capsules tee schokolade thé chocolat té 茶 巧克力 零食 饼干 咖啡豆 维生素"
}

const HAN = /\p{Script=Han}/u

export interface TypeVocabulary {
  words: Map<string, string>
  han: [string, string][]
}

/** Word → department, and Han words (matched inside the text, Chinese has no spaces). */
export const TYPE_VOCABULARY: TypeVocabulary = (() => {
  const words = new Map<string, string>()
  const han: [string, string][] = []
  for (const [type, list] of Object.entries(PRODUCT_TYPES)) {
    for (const word of list.split(" ")) {
      if (HAN.test(word)) han.push([word, type])
      else if (!words.has(word)) words.set(word, type)
    }
  }
  return { words, han }
})()

/** Departments named in a text, each with the distinct nouns that named it. */
export function productTypesIn(words: readonly string[], text: string): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>()
  const add = (type: string, word: string) => {
    const set = found.get(type) ?? new Set<string>()
    set.add(word)
    found.set(type, set)
  }
  for (const word of words) {
    const type = TYPE_VOCABULARY.words.get(word) ?? (word.endsWith("s") ? TYPE_VOCABULARY.words.get(word.slice(0, -1)) : undefined)
    if (type) add(type, word.replace(/s$/, ""))
  }
  if (HAN.test(text)) for (const [word, type] of TYPE_VOCABULARY.han) if (text.includes(word)) add(type, word)
  return found
}
