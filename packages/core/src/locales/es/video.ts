import type { videoMessages } from "../../i18n/messages/video";
import type { TableOf } from "../locale-table";

/** The Spanish strings of `videoMessages`; keys it leaves out fall back to en-GB. */
export const video = {
  "video.label": "Vídeo del ejercicio",
  "video.positionOf": "{current} de {duration}",
  "video.positionChapter": "{time}, capítulo: {chapter}",
  "video.currentChapter": "Capítulo: {chapter}",
  "video.play": "Reproducir",
  "video.pause": "Pausa",
  "video.seek": "Buscar",
  "video.speed": "Velocidad",
  "video.loopChapter": "Repetir capítulo",
  "video.captions": "Subtítulos",
  "video.captionsUnavailable": "Subtítulos no disponibles",
  "video.captionsNone": "Este vídeo no tiene subtítulos.",
  "video.more": "Más controles",
  "video.captionLanguage": "Idioma de los subtítulos",
  "video.mute": "Silenciar",
  "video.fullscreen": "Pantalla completa",
  "video.chapters": "Capítulos",
  "video.transcript": "Transcripción",
  "video.transcriptLoading": "Cargando la transcripción…",
  "video.transcriptUnavailable": "No se ha podido cargar la transcripción.",
  "video.showTranscript": "Mostrar la transcripción",
  "video.steps": "Pasos",
  "video.error":
    "No se ha podido reproducir el vídeo. Los pasos y la transcripción de abajo dan las mismas indicaciones.",
  "video.trackError": "No se han podido cargar los subtítulos. La transcripción de abajo tiene el mismo texto.",
  "video.stalled":
    "El vídeo ha dejado de cargarse. Los pasos y la transcripción de abajo dan las mismas indicaciones; puedes volver a intentarlo más tarde.",
  "video.shortcuts":
    "Atajos de teclado con el reproductor enfocado: Espacio o K para reproducir o pausar, J o flecha izquierda para retroceder 5 segundos, L o flecha derecha para avanzar 5 segundos, F para pantalla completa, C para subtítulos, M para silenciar.",
} satisfies TableOf<typeof videoMessages>;
