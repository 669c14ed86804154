import { defineMessages } from "../define-messages";

/** Strings under "video.*", in every locale (en-GB complete; others fall back to en-GB). */
export const videoMessages = defineMessages({
  "en-GB": {
    "video.label": "Exercise video",
    "video.positionOf": "{current} of {duration}",
    "video.positionChapter": "{time}, chapter: {chapter}",
    "video.currentChapter": "Chapter: {chapter}",
    "video.play": "Play",
    "video.pause": "Pause",
    "video.seek": "Seek",
    "video.speed": "Speed",
    "video.loopChapter": "Loop chapter",
    "video.captions": "Captions",
    "video.captionsUnavailable": "Captions unavailable",
    "video.captionLanguage": "Caption language",
    "video.mute": "Mute",
    "video.fullscreen": "Full screen",
    "video.chapters": "Chapters",
    "video.transcript": "Transcript",
    "video.transcriptLoading": "Loading the transcript…",
    "video.transcriptUnavailable": "The transcript could not be loaded.",
    "video.showTranscript": "Show the transcript",
    "video.steps": "Steps",
    "video.error": "The video could not be played. The steps and transcript below give the same guidance.",
    "video.trackError": "Captions could not be loaded. The transcript below has the same words.",
    "video.stalled":
      "The video has stopped loading. The steps and transcript below give the same guidance; you can try the video again later.",
    "video.shortcuts":
      "Keyboard shortcuts while the player has focus: Space or K to play or pause, J or Left arrow to go back 5 seconds, L or Right arrow to go forward 5 seconds, F for full screen, C for captions, M to mute.",
  },
  es: {
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
  },
});
