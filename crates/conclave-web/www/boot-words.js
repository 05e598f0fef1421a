// The one message the page shows before the WebAssembly module (and so the catalogue) has
// loaded: "Conclave could not start: …", in every language of the web catalogue, picked by
// the browser's languages. Kept equal to each catalogue's `boot-failed` by a test
// (conclave-i18n `boot_words_match_the_catalogue`); `{ $error }` is where the reason goes.

export const BOOT_FAILED = {
  "ar": "تعذّر بدء Conclave: { $error }",
  "bn": "Conclave চালু হতে পারেনি: { $error }",
  "cs": "Conclave se nepodařilo spustit: { $error }",
  "da": "Conclave kunne ikke starte: { $error }",
  "de": "Conclave konnte nicht starten: { $error }",
  "el": "Το Conclave δεν μπόρεσε να ξεκινήσει: { $error }",
  "en": "Conclave could not start: { $error }",
  "es": "Conclave no pudo iniciarse: { $error }",
  "fa": "Conclave نتوانست اجرا شود: { $error }",
  "fi": "Conclave ei käynnistynyt: { $error }",
  "fr": "Conclave n’a pas pu démarrer : { $error }",
  "he": "לא ניתן היה להפעיל את Conclave: { $error }",
  "hi": "Conclave शुरू नहीं हो सका: { $error }",
  "hu": "A Conclave nem tudott elindulni: { $error }",
  "id": "Conclave tidak dapat dimulai: { $error }",
  "it": "Conclave non è riuscito ad avviarsi: { $error }",
  "ja": "Conclave を起動できませんでした：{ $error }",
  "ko": "Conclave를 시작할 수 없습니다: { $error }",
  "nb": "Conclave kunne ikke starte: { $error }",
  "nl": "Conclave kon niet starten: { $error }",
  "pl": "Nie udało się uruchomić Conclave: { $error }",
  "pt-BR": "Não foi possível iniciar o Conclave: { $error }",
  "ro": "Conclave nu a putut porni: { $error }",
  "ru": "Не удалось запустить Conclave: { $error }",
  "sv": "Conclave kunde inte starta: { $error }",
  "sw": "Conclave imeshindwa kuanza: { $error }",
  "th": "Conclave เริ่มทำงานไม่ได้: { $error }",
  "tr": "Conclave başlatılamadı: { $error }",
  "uk": "Не вдалося запустити Conclave: { $error }",
  "ur": "Conclave شروع نہیں ہو سکا: { $error }",
  "vi": "Conclave không thể khởi động: { $error }",
  "zh-CN": "Conclave 无法启动：{ $error }",
  "zh-TW": "Conclave 無法啟動：{ $error }",
};

/** "Conclave could not start: {error}" in the first of the browser's languages we have. */
export function bootFailed(error) {
  const wanted = [...(navigator.languages || []), navigator.language || 'en'];
  for (const w of wanted) {
    const tag = String(w);
    const hit = BOOT_FAILED[tag] || BOOT_FAILED[tag.split('-')[0]] || (tag.startsWith('zh') && BOOT_FAILED[/TW|HK|MO|Hant/i.test(tag) ? 'zh-TW' : 'zh-CN']) || (tag.startsWith('pt') && BOOT_FAILED['pt-BR']);
    if (hit) return hit.replace('{ $error }', error);
  }
  return BOOT_FAILED.en.replace('{ $error }', error);
}
