import { IDBFactory, IDBKeyRange } from "fake-indexeddb"

import { CartwiseDb } from "~src/db/schema"

/** A fresh, private IndexedDB per test: nothing leaks between tests. */
export function freshDb(): CartwiseDb {
  return new CartwiseDb("cartwise-test", { indexedDB: new IDBFactory(), IDBKeyRange })
}
