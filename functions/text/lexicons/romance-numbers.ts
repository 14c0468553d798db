import { unlessBefore } from './term-builders';
import type { TermWithExceptions } from './types';

/**
 * What a number belongs to when it reaches nobody: a flight, a page, a shoe size, a seat, a jersey. The word
 * for "number" is spelled alike in Spanish, Portuguese, French and Italian (numero, número, numéro, num), so
 * each of those lexicons reads the others' messages too: every one of them carries the whole list, or
 * "il tuo numero di scarpe" would still be a contact request through the Spanish word.
 */
const NUMBER_OF_A_THING = [
  // French
  'de vol', 'de chambre', 'de place', 'de siège', 'de siege', 'de dossier', 'de commande', 'de maillot', 'de train', 'de quai', 'de bus', 'de porte',
  'de page', 'de série', 'de serie', "d'étudiant", "d'etudiant", 'étudiant', 'etudiant', 'de réservation', 'de reservation', 'de suivi', 'de colis',
  'de table', 'de ticket', 'de billet', 'de rue', "de l'exercice", 'de groupe', 'de classe', 'préféré', 'prefere', 'de candidat', 'de dossard',
  'de chance', 'de la question', "d'exercice", 'de la page', 'de badge', 'de casier', 'de salle',
  // Italian
  'di scarpe', 'di pagina', 'della pagina', 'del binario', 'di binario', 'di volo', 'del volo', 'di camera', 'della camera', 'della stanza', 'di stanza',
  'di posto', 'del posto', 'di maglia', 'della maglia', 'di matricola', 'preferito', 'fortunato', 'di pratica', 'della pratica', 'di ordine',
  "dell'ordine", 'dell’ordine', 'di tracking', 'di spedizione', 'del pacco', 'di prenotazione', 'della prenotazione', 'del tavolo', 'di tavolo',
  "dell'esercizio", 'dell’esercizio', 'di esercizio', 'della domanda', 'del bus', "dell'autobus", 'dell’autobus', 'della linea', 'di serie', 'civico',
  'di taglia', 'della taglia', 'del biglietto', 'di biglietto', 'di gara', 'di pettorale', 'del pettorale',
  // Spanish and Portuguese
  'de vuelo', 'del vuelo', 'de página', 'de pagina', 'de la página', 'de la pagina', 'de zapato', 'de calzado', 'de habitación', 'de habitacion',
  'de asiento', 'del asiento', 'de camiseta', 'de pedido', 'del pedido', 'de seguimiento', 'de reserva', 'de la reserva', 'de mesa', 'de serie',
  'de la suerte', 'de lista', 'del ejercicio', 'de ejercicio', 'de la pregunta', 'favorito', 'favorita', 'da sorte', 'do voo', 'da página', 'da pagina',
  'do quarto', 'do assento', 'da camisa', 'de sapato', 'do sapato', 'do pedido', 'de rastreio', 'do exercício', 'do exercicio', 'da questão',
  'da questao', 'da chamada', 'de matrícula', 'de matricula',
];

/** "Number" words of the Romance lexicons as contact cues, clear of the numbers that reach nobody. */
export const contactNumberWords = (terms: readonly string[]): TermWithExceptions[] =>
  terms.map(unlessBefore(NUMBER_OF_A_THING));
