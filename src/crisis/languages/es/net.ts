// Spanish safety net: cue families and their combinations (see net-types.ts); the scorer is ../net.ts.
import type { NetLexicon } from '../net-types.js';

const BODY =
  'brazo|brazos|muneca|munecas|pierna|piernas|muslo|muslos|piel|barriga|estomago|panza|cuerpo|cara|cabeza|manos|mano|labios|labio|tobillo|tobillos|cadera|pecho';
const WATER = 'mar|rio|lago|agua|olas|oceano|canal|presa';
const HIGH = 'puente|azotea|techo|edificio|balcon|ventana|acantilado|barranco|vias|via|tren|metro|cornisa|terraza|piso';
const HOUSEHOLD =
  'marido|esposo|esposa|mujer|pareja|novio|novia|ex|padre|papa|madre|mama|padrastro|madrastra|padres|tio|tia|abuelo|abuela|hermano|hermana|hermanastro|hermanastra|primo|prima|suegro|suegra|tutor|tutora|cunado|cunada';
const CHILD =
  'hijo|hija|hijos|hijas|nino|nina|ninos|ninas|bebe|hermanito|hermanita|hermano+pequeno|hermana+pequena|sobrino|sobrina|peque';
const WEAPONS =
  'pistola|arma|armas|escopeta|rifle|revolver|cuchillo|cuchillos|navaja|machete|bate|martillo|hacha|palo|fierro|emoji_gun|emoji_knife|cuchilla';

// biome-ignore format: word lists stay packed
export const netEs: NetLexicon = {
  language: 'es',
  families: {
    SELF: { p: ['yo', 'me', 'conmigo', 'mi+vida', 'quiero|quisiera|prefiero|deseo|ojala'] },
    REFLEX: { p: ['me', 'a+mi+mismo|a+mi+misma', 'conmigo'] },
    MY_BODY: { p: [`mis|mi|los|las|el|la ..1 ${BODY}`] },
    DESIRE: {
      p: [
        'quiero|queria|quisiera|quiera|ojala|deseo|ganas|pienso|pensando|pense|imagino|imaginando|imagine|voy+a|ire|decidi|listo|lista|preparado|preparada|planeo|planeando',
        'me+veo', 'tentado|tentada', 'mejor', 'facil', 'merezco',
      ],
    },
    FINAL: { p: ['para+siempre', 'de+una+vez', 'definitivamente', 'no+volver', 'sin+volver'], negatable: false },
    DEATH: {
      p: [
        'morir|morirme|muera|muriera|muerto|muerta|morirme|morir+me|muero|moriria', 'matarme|suicidarme|quitarme+la+vida|acabar+con+mi+vida',
        'dejar+de+existir|dejar+de+vivir|dejar+de+respirar|no+existir|no+existiera|no+estar|no+estuviera|no+despertar|no+despertara|no+despertarme|no+volver+a+despertar',
        'irme ..1 de+este+mundo|para+siempre|de+aqui', 'ir+de+este+mundo', 'desaparecer|desaparecerme|desapareciera|esfumarme',
        'acabar+con+todo|terminar+con+todo|ponerle+fin|ponerle+fin+a+todo', 'dormir+para+siempre|dormirme+para+siempre|descansar+para+siempre',
      ],
      weight: 2, mild: true,
    },
    METHOD: {
      p: [
        `tirarme|lanzarme|aventarme|arrojarme|saltar|echarme ..3 del|de+la|de+un|de+una|al|a+la|a+las|por+la|desde ..2 ${HIGH}|${WATER}|coches|trafico|camion`,
        `meterme|entrar|caminar|adentrarme ..3 en+el|al|en+la ..1 ${WATER}`, 'delante+de ..2 tren|metro|camion|coche|autobus',
        'beber|bebi|beberme|bebiendo|tomar|tome|tomarme|tomandome|tragar|trague|tragarme ..3 lejia|cloro|veneno|matarratas|anticongelante|salfuman',
        'todas ..2 pastillas|pildoras|medicinas', 'ahorcarme|colgarme|envenenarme|ahogarme|sobredosis|soga|horca', 'cortarme ..2 venas',
        'pegarme+un+tiro|dispararme|pistola+en+la+cabeza', 'cuantas ..2 pastillas|pildoras ..3 para|hacen|necesito',
      ],
      weight: 2,
    },
    MEANS: { p: ['soga|cuerda|pastillas|pildoras|lejia|cloro|veneno|cuchilla|navaja|pistola|puente|vias|azotea|insulina'] },
    HOPELESS: {
      p: [
        'no+aguanto+mas|no+puedo+mas|ya+no+puedo+mas|no+aguanto+esta+vida|no+quiero+seguir+viviendo|no+quiero+vivir', 'no+tiene+sentido ..2 vivir|seguir|nada',
        'nada+tiene+sentido|sin+sentido+vivir|no+le+veo+sentido', 'harto|harta|cansado|cansada ..1 de ..1 vivir|existir|la+vida|estar+vivo|estar+viva',
        'ser+una+carga|soy+una+carga|soy+un+estorbo|ser+un+estorbo', 'nadie+me+echaria+de+menos|nadie+me+extranaria|nadie+notaria|a+nadie+le+importaria',
        'mejor ..3 sin+mi', 'si+yo+no ..1 estuviera|existiera|hubiera+nacido', 'si+no+estuviera|si+no+existiera|si+desapareciera|si+me+muriera|si+me+muero',
        'ojala ..3 no ..1 haber+nacido|hubiera+nacido', 'no+hay+futuro+para+mi|nada+por+lo+que+vivir|ninguna+razon+para+vivir',
        'cuando+ya+no+este|cuando+me+vaya+para+siempre|cuando+yo+no+este', 'regalar|regalando|regale ..2 mis|todas+mis|todo',
        'ya+no+los|ya+no+las|ya+no+lo ..1 voy+a+necesitar',
      ],
      weight: 3, negatable: false,
    },
    INJURE: {
      p: [
        'cortarme|cortandome|cortar|corto|corte|cortaba|quemarme|quemandome|quemo|queme|quemaba|quemar',
        'golpearme|golpeandome|golpeo|golpee|golpeaba|golpear|pegarme|pego|pegue', 'morderme|mordiendome|muerdo|mordi|mordia|morder',
        'rascarme|rasco|rasque|rascar|aranarme|arano|arane|aranar|rasgunarme|rasguno|rasgune|pellizcarme|pellizco|pellizque',
        'lastimarme|lastimo|lastime|herirme|hiero|heri|hacerme+dano|hago+dano|hice+dano|castigarme|castigo|castigue',
        'arrancarme|arranco|arranque', 'matarme+de+hambre|no+comer+para',
      ],
      weight: 2,
    },
    INJURE_REFL: {
      p: [
        'cortarme|cortandome|quemarme|quemandome|golpearme|golpeandome|morderme|mordiendome|rascarme|aranarme|rasgunarme|pellizcarme|lastimarme|lastimandome|herirme|castigarme|hacerme+dano|haciendome+dano',
      ],
      weight: 3,
    },
    SH_PHRASE: {
      p: [
        'volvi|volver|vuelvo|he+vuelto ..1 a ..1 cortarme|hacerme+dano|quemarme|lastimarme|golpearme|morderme|rascarme|aranarme',
        'volvi|vuelvo|he+vuelto+a ..1 cortar|quemar|lastimar|golpear|morder|rascar|aranar', 'hasta ..2 sangrar|sangre|moretones|cicatriz|marcas',
        'para+castigarme|castigarme+por', 'provocarme+el+vomito|me+hago+vomitar|hacerme+vomitar',
      ],
      weight: 3,
    },
    ACCIDENT: {
      p: [
        'accidente|sin+querer|cocinando|cocina|sarten|horno|plancha|olla|cebolla|pelo|cabello|flequillo|unas|barba|afeitando|afeitarme|gimnasio|futbol|boxeo|escalando|sol|tatuaje|piercing|verruga|dentista|operacion|puntos|lengua|comida|jugando|bici|bicicleta',
      ],
    },
    ACCIDENT_HOME: { p: ['accidente|sin+querer|jugando|boxeo|futbol|bici|bicicleta|broma'] },
    AGENT: { p: [`mi|mis|nuestro|nuestra ..1 ${HOUSEHOLD}`, 'padrastro|madrastra'] },
    ABUSE: {
      p: [
        'quema|quemo|quemaba|quemar', 'encierra|encerro|encerraba|encerrar|encerrado|encerrada|encierran',
        'pega|pego|pegaba|pegar|golpea|golpeo|golpeaba|golpear|patea|pateo|pateaba|empuja|empujo|empujaba|cachetea|cacheteo|abofetea|abofeteo',
        'bofetada|bofetadas|cachetada|cachetadas|golpes|palizas|paliza|patadas|punetazos|punetazo|moretones',
        'ahorca|ahorco|ahorcaba|asfixia|asfixio|estrangula|estrangulo', 'jala|jalo|jalaba|tira|tiro|tiraba ..2 pelo|cabello|suelo|escaleras',
        'muerde|mordio|escupe|escupio', 'manosea|manoseo|manoseaba', 'lastima|lastimo|lastimaba|hace+dano|hizo+dano',
        'deja+sin+comer|deja+sin+comida|sin+comida|sin+comer', 'no+me+deja ..1 salir|comer|ver|hablar', 'quita|quito ..1 el+movil|el+telefono|el+celular|el+dinero',
        'amenaza|amenazo|amenazaba',
      ],
      weight: 2,
    },
    VICTIM: { p: ['me', 'nos', 'a+mi', `a ..1 mi|mis ..1 ${CHILD}`] },
    THEM: { p: ['le|lo|la|les|los|las'] },
    CHILD: { p: [`${CHILD}`, 'tiene ..1 #minorage', '#minorage+anos'] },
    THREAT: {
      p: [
        'la+proxima+vez ..4 no+me+levanto|no+te+levantas|te+mato|me+mata|ya+veras|te+vas+a+enterar', 'me+las+vas+a+pagar|me+las+va+a+pagar|te+vas+a+arrepentir|me+voy+a+arrepentir|me+mata+si|te+mato|amenaza|amenazo|amenazaba',
      ],
      weight: 2,
    },
    WEAPON: { p: [WEAPONS], weight: 2 },
    TARGET: {
      p: [
        'vecino|vecina|jefe|jefa|profesor|profesora|profe|maestro|maestra|companero|companera|ex|tipo|ese|esa|ella|ellos|escuela|colegio|instituto|oficina|trabajo|clase|bar|fiesta|iglesia',
        'donde+vive|donde+viven|donde+trabaja|donde+estaciona|donde+aparca', 'su+casa|su+coche|su+carro',
      ],
    },
    HAVE: {
      p: [
        'tengo|tiene|tenia|guardo|llevo|llevar|traigo|traer|listo|lista|preparado|preparada|cargada|cargado|en+el+coche|en+la+mochila|en+el+carro',
        'voy+a|vamos+a|quiero|ganas|juro|se+donde|esperando|planeo',
      ],
    },
    HARM: {
      p: [
        'apunalar|apunalarlo|apunalarla|disparar|dispararle|matar|matarlo|matarla|reventar|reventarle|romperle|partirle|golpearlo|golpearla|hacerle+dano|vengarme|acuchillar|acuchillarlo|pegarle+un+tiro|atropellar|atropellarlo',
        'las+va+a+pagar|me+las+paga',
      ],
      weight: 2, mild: true,
    },
    INTENT: { p: ['voy+a|vamos+a|quiero|ganas|juro|pienso|estoy+por|listo+para|lista+para'] },
    LEISURE: { p: ['juego|videojuego|caza|cazar|cocina|cocinar|carne|pan|fruta|jamon|herramientas|campamento|pesca|partido|beisbol|carpinteria'] },
  },
  combos: [
    { id: 'net.self-risk', kind: 'suicide', anchor: ['DEATH', 'METHOD'], with: [['SELF']], boost: ['DESIRE', 'FINAL', 'MEANS'], min: 3, window: 6, subject: true },
    { id: 'net.hopeless', kind: 'suicide', anchor: ['HOPELESS'], with: [], min: 3, window: 0 },
    { id: 'net.self-injury', kind: 'self-harm', anchor: ['INJURE'], with: [['REFLEX'], ['MY_BODY']], min: 4, window: 4, scope: 'clause', subject: true, unless: ['ACCIDENT', 'AGENT'] },
    { id: 'net.self-injury-reflexive', kind: 'self-harm', anchor: ['INJURE_REFL'], with: [], min: 3, window: 0, unless: ['ACCIDENT'] },
    { id: 'net.self-injury-phrase', kind: 'self-harm', anchor: ['SH_PHRASE'], with: [], min: 3, window: 0, unless: ['ACCIDENT'] },
    { id: 'net.home-abuse', kind: 'unsafe-at-home', anchor: ['ABUSE'], with: [['AGENT'], ['VICTIM']], min: 4, window: 8, unless: ['ACCIDENT_HOME', 'LEISURE'] },
    { id: 'net.home-child', kind: 'unsafe-at-home', anchor: ['ABUSE'], with: [['AGENT'], ['THEM'], ['CHILD']], min: 5, window: 12, unless: ['ACCIDENT_HOME', 'LEISURE'] },
    { id: 'net.home-threat', kind: 'unsafe-at-home', anchor: ['THREAT'], with: [['AGENT']], min: 3, window: 10 },
    { id: 'net.others-weapon', kind: 'harm-to-others', anchor: ['WEAPON'], with: [['TARGET'], ['HAVE', 'HARM']], min: 4, window: 12, unless: ['LEISURE', 'ACCIDENT'] },
    { id: 'net.others-intent', kind: 'harm-to-others', anchor: ['HARM'], with: [['TARGET'], ['INTENT']], min: 4, window: 6, unless: ['LEISURE'] },
  ],
  idioms: [
    'morir|morirme|muero|muerto|muerta|muertos|muriendo|muera de|por !una|un|verdad', 'me+mata|me+matan|casi+me+muero|casi+muero|casi+me+mato', 'antes+de+que|despues+de+que|hasta+que|cuando ..1 muriera|muriese|murio|muera|falleciera|fallecio',
    'quiero+desaparecer ..2 de+las+redes|un+rato|unos+dias|el+finde|de+redes', 'desaparecer+de+las+redes',
    'me+pego+la|me+pego+el|me+pegue+un+susto|me+pego+un', 'me+corte+el+pelo|me+corte+las+unas|me+corte+el+flequillo',
  ],
  laughter: ['jaja*|jeje*|jiji*|xd|lol|broma|bromeando|emoji_laugh'],
  context: [
    'enfermera|enfermero|enfermeras|turno|urgencias|hospital|medico|medica|doctor|doctora|paciente|pacientes|cirujano|personaje|personajes|novela|pelicula|serie|capitulo|documental|noticia|noticias|articulo|juego|videojuego|libro|historia|cuento|villano|protagonista|detective|obra|escena|cancion|letra|poema|clase+de|podcast',
  ],
  third: [
    'el|ella|ellos|ellas|su|sus|alguien|dijo|dice|decia|conto|cuenta|todos|gente|persona|padre|madre|papa|mama|hermano|hermana|abuelo|abuela|tio|tia|amigo|amiga|marido|esposo|esposa|pareja|hijo|hija|perro|gato|mascota|paciente|personaje|vecino|vecina|primo|prima|novio|novia|bebe|planta|movil|bateria|coche',
  ],
};
