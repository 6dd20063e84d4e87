/** Arabic words for the staffing calculator and its readings: one part of the dictionary src/i18n/ar.ts. */
import { pluralForms } from '../format.ts';
import type { Dictionary } from '../index.ts';

export const staffing: Dictionary['staffing'] = {
  /** The calculator's name: the page's title, and the heading of the link to it on the mode pages it helps with. */
  title: 'حاسبة عدد الموظفين',
  titleInSentence: 'حاسبة عدد الموظفين',
  /** What the calculator answers for each mode it helps with, by mode id (src/core/staffing/tools.ts). */
  pitches: {
    understaffing:
      'أدخل أحجام العمل ومدة المعالجة ووعدك للعملاء، واعرف عدد الموظفين اللازم على الهاتف وفي جدول المناوبات، ساعة بساعة.',
    'yesterdays-response-standards':
      'قبل أن تشدّد معيار الاستجابة، اعرف عدد الموظفين الذي يتطلبه الوعد الجديد، وكم ينتظر العملاء مع فريقك الحالي.',
  },

  // The calculator's own words, from here to `form`: the page's script needs them too, so the page
  // writes them into its HTML (src/core/staffing/wording.ts lists them).

  /** Durations, counts of people, percentages and targets, as the readings write them. */
  units: {
    seconds: pluralForms({
      zero: '{n} ثانية',
      one: 'ثانية واحدة',
      two: 'ثانيتان',
      few: '{n} ثوانٍ',
      many: '{n} ثانية',
      other: '{n} ثانية',
    }),
    minutes: pluralForms({
      zero: '{n} دقيقة',
      one: 'دقيقة واحدة',
      two: 'دقيقتان',
      few: '{n} دقائق',
      many: '{n} دقيقة',
      other: '{n} دقيقة',
    }),
    hours: pluralForms({
      zero: '{n} ساعة',
      one: 'ساعة واحدة',
      two: 'ساعتان',
      few: '{n} ساعات',
      many: '{n} ساعة',
      other: '{n} ساعة',
    }),
    /** A duration in two units, the larger first: "2 minutes 3 seconds", "1 hour 30 minutes". */
    twoUnits: '{larger} و{smaller}',
    /** People come after a preposition or a verb in every reading, so two is the oblique dual. */
    people: pluralForms({
      zero: 'لا موظفين',
      one: 'موظف واحد',
      two: 'موظفَين',
      few: '{n} موظفين',
      many: '{n} موظفًا',
      other: '{n} موظف',
    }),
    percent: '{n}%',
    /** A target: a share answered within a time ("80% within 20 seconds"), or an average wait. */
    serviceLevel: '{share} خلال {time}',
    averageWait: 'متوسط انتظار {time} أو أقل',
  },
  /** Each queue's contacts and the people answering them, by channel; the volumes as a manager says them. */
  channels: {
    phone: {
      contacts: 'المكالمات',
      working: 'على الهاتف',
      waiting: 'المتصلين',
      perHour: pluralForms({
        zero: '{n} مكالمة في الساعة',
        one: 'مكالمة واحدة في الساعة',
        two: 'مكالمتان في الساعة',
        few: '{n} مكالمات في الساعة',
        many: '{n} مكالمة في الساعة',
        other: '{n} مكالمة في الساعة',
      }),
      perDay: pluralForms({
        zero: '{n} مكالمة في اليوم',
        one: 'مكالمة واحدة في اليوم',
        two: 'مكالمتان في اليوم',
        few: '{n} مكالمات في اليوم',
        many: '{n} مكالمة في اليوم',
        other: '{n} مكالمة في اليوم',
      }),
      perInterval: pluralForms({
        zero: '{n} مكالمة كل {interval}',
        one: 'مكالمة واحدة كل {interval}',
        two: 'مكالمتان كل {interval}',
        few: '{n} مكالمات كل {interval}',
        many: '{n} مكالمة كل {interval}',
        other: '{n} مكالمة كل {interval}',
      }),
    },
    chat: {
      contacts: 'المحادثات',
      working: 'في الرد على المحادثات',
      waiting: 'العملاء',
      perHour: pluralForms({
        zero: '{n} محادثة في الساعة',
        one: 'محادثة واحدة في الساعة',
        two: 'محادثتان في الساعة',
        few: '{n} محادثات في الساعة',
        many: '{n} محادثة في الساعة',
        other: '{n} محادثة في الساعة',
      }),
      perDay: pluralForms({
        zero: '{n} محادثة في اليوم',
        one: 'محادثة واحدة في اليوم',
        two: 'محادثتان في اليوم',
        few: '{n} محادثات في اليوم',
        many: '{n} محادثة في اليوم',
        other: '{n} محادثة في اليوم',
      }),
      perInterval: pluralForms({
        zero: '{n} محادثة كل {interval}',
        one: 'محادثة واحدة كل {interval}',
        two: 'محادثتان كل {interval}',
        few: '{n} محادثات كل {interval}',
        many: '{n} محادثة كل {interval}',
        other: '{n} محادثة كل {interval}',
      }),
    },
  },
  /**
   * The result in plain words, as a manager would say it to their director. A sentence's optional
   * parts are placeholders filled with the pieces below it, or left empty.
   */
  reading: {
    needServiceLevel:
      'للرد على {share} من {contacts} خلال {time} تحتاج إلى {people} {working}{holding}{busiestHour}{cap}{rota}.',
    needAverageWait:
      'لإبقاء متوسط الانتظار عند {time} أو أقل تحتاج إلى {people} {working}{holding}{busiestHour}{cap}{rota}.',
    holding: ' بواقع {n} من المحادثات في آن واحد لكل موظف',
    busiestHour: ' في ساعة الذروة',
    cap: ' (المستهدف وحده يتطلب {n}، لكن ذلك يُبقي كل موظف مشغولًا أكثر من {occupancy} من وقته)',
    rota: '، و{people} في جدول المناوبات بعد احتساب الاستراحات والتدريب والغياب ({shrinkage} من الوقت المدفوع)',
    neverClears:
      'مع {people} لا يفرغ الطابور أبدًا: تجلب {contacts} عملًا يعادل ما يؤديه {work} من الموظفين في كل لحظة، لذا يطول الطابور ما دامت تتوالى.',
    figures:
      'مع {people}، يُرد على {level} من {contacts} خلال {time}، ومتوسط الانتظار {wait}، وينتظر {waiting} من {waiters} أصلًا، ويقضي كل موظف {occupancy} من وقته في معالجة {contacts}.',
    figuresHeld:
      'مع {people}، يُرد على {level} من {contacts} خلال {time}، ومتوسط الانتظار {wait}، وينتظر {waiting} من {waiters} أصلًا، وتكون خانات المحادثة لدى كل موظف (وعددها {n}) مشغولة {occupancy} من الوقت.',
    /** The figures for the people you have, then how they compare with what the target takes. */
    whatIf: '{figures} {verdict}',
    short: 'وهذا أقل بـ{n} مما يتطلبه المستهدف.',
    more: 'وهذا أكثر بـ{n} مما يتطلبه المستهدف.',
    exact: 'وهذا بالضبط ما يتطلبه المستهدف.',
    perDay:
      'تجلب ساعة الذروة {busiest} من أصل {total} من {contacts} اليومية ({share})؛ وكل الأرقام هنا لتلك الساعة.',
    held: 'حين يتولى الموظف {n} من المحادثات في آن واحد، تستغرق كل محادثة نحو {stretched} بدلًا من {handle}، فيؤدي عملًا يعادل ما يؤديه {capacity} من الموظفين يرد كل منهم على محادثة واحدة في كل مرة.',
    emailNeed:
      'للرد على كل رسالة خلال {standard} من وقت الدوام تحتاج إلى {people} لهذه المهمة{rota}. ينجز كل موظف نحو {rate} في الساعة.',
    emailRota: '، و{people} في جدول المناوبات بعد احتساب الاستراحات والتدريب والغياب',
    neverCatchesUp:
      'مع {people} يصل كل يوم أكثر مما يستطيعون إنجازه، فيزيد التراكم بنحو {growth} يوميًا ولا يصمد أي معيار.{fastest}',
    growsFastest:
      ' ويزداد بأسرع وتيرة ابتداءً من {hour}، حين يصل {arrivals} في الساعة ولا يُنجَز مع {people} إلا {rate} في الساعة.',
    neverOutgrows: 'مع {people} لا يتجاوز الطابور قدرة الفريق أبدًا: أطول انتظار {wait}{verdict}.{overnight}',
    growsFrom:
      'مع {people} يطول الطابور ابتداءً من {hour}، حين يصل {arrivals} في الساعة ولا يُنجَز مع {people} إلا {rate} في الساعة؛ وأطول انتظار {wait}{verdict}.{overnight}',
    withinStandard: '، ضمن المعيار',
    overStandard: '، أطول من المعيار',
    overnight: ' والرسائل التي تصل ليلًا ({n}) تنتظر عند الافتتاح.',
  },
  /** Polite questions about inputs that are allowed but look like a slip; {volume} is e.g. "600 calls an hour". */
  checks: {
    busy: '{volume} رقم كبير لفريق من {team}: فهو يتطلب {people}. هل تقصد في اليوم؟',
    busyPerDay: '{volume} رقم كبير لفريق من {team}: فهو يتطلب {people}. يرجى التحقق من الحجم.',
    quiet: '{volume} لا يتطلب إلا {people}، وهذا أقل بكثير من فريقك المكوّن من {team}. يرجى التحقق من الحجم.',
    quietPerDay:
      '{volume} لا يتطلب إلا {people}، وهذا أقل بكثير من فريقك المكوّن من {team}. هل تقصد في الساعة؟',
    handleVeryShort: '{handle} مدة قصيرة جدًا للمحادثة مع إنهاء المعاملة: هل تقصد {n} بالدقائق لا بالثواني؟',
    handleVeryLong: '{handle} مدة طويلة جدًا لتواصل واحد: هل تقصد {n} بالثواني لا بالدقائق؟',
    shrinkageHigh:
      '{share} من الوقت المدفوع بعيدًا عن العملاء نسبة مرتفعة على غير العادة؛ فمعظم الفرق تفقد ما بين 25% و40%. يرجى التحقق.',
    busiestHourHigh:
      '{share} من يوم كامل في ساعة واحدة أمر غير معتاد؛ فمعظم الفرق ترى ما بين 10% و15%. يرجى التحقق.',
  },
  /** The results on the page: the table of staffing levels, the chart, and email's hour-by-hour table. */
  result: {
    levelsCaption: 'ما يحققه كل عدد من الموظفين: نسبة {contacts} المجاب عنها خلال {time}',
    levelsColumns: {
      people: 'الموظفون العاملون',
      within: 'خلال {time}',
      wait: 'متوسط الانتظار',
      waitAtAll: 'ينتظرون أصلًا',
      occupancy: 'نسبة الانشغال',
      rota: 'في جدول المناوبات',
    },
    queueGrows: 'لا شيء: الطابور يطول',
    waitGrows: 'يطول بلا حد',
    /** A marked row's note, after its first cell: "12 (what-if)". */
    marked: '({mark})',
    needed: 'المطلوب',
    whatIf: 'ماذا لو',
    chartTitle: 'النسبة المجاب عنها خلال {time}، حسب عدد الموظفين العاملين',
    chartPoint: '{people}: {level}',
    chartPointSeparator: '؛ ',
    chartDescription: '{points}.{target}',
    chartTarget: ' المستهدف {level}؛ ويتحقق مع {people}.',
    chartAxis: 'الموظفون العاملون',
    /** The labels above the bar the target takes and the bar of the people you have. */
    chartNeed: 'المطلوب',
    chartYou: 'لديك',
    captionShare: 'نسبة {contacts} المجاب عنها خلال {time} لكل عدد من الموظفين العاملين. ',
    captionTarget: 'الخط المتقطع هو مستهدفك {level}. ',
    captionNeed: 'العمود المعلَّم «المطلوب» ({n}) هو أقل عدد من الموظفين يحقق مستهدفك{you}.',
    captionYou: '؛ والعمود «لديك» ({n}) هو عدد الموظفين لديك',
    hoursCaption: 'ساعة بساعة مع {people} (ينجزون {rate} في الساعة على الأكثر){firstDay}',
    firstDay: '، اليوم الأول',
    hoursColumns: {
      hour: 'بداية الساعة',
      arriving: 'الوارد',
      cleared: 'المنجز',
      waiting: 'المنتظر في نهايتها',
      oldest: 'أقدم منتظر',
    },
    nothingWaiting: '-',
    growsHere: 'الطابور يطول',
    moreThanCleared: 'أكثر من المنجز',
  },
  /** The page script's own lines around problems and checks (a problem's sentence: src/schemas/staffing-wording.ts). */
  form: {
    /** A check, read out after the result; {label} is the field's label. */
    pleaseCheck: 'يرجى التحقق من {label}: {message}',
    fix: pluralForms({
      zero: 'أصلح هذه لترى النتيجة:',
      one: 'أصلح هذا لترى النتيجة:',
      two: 'أصلح هذين لترى النتيجة:',
      few: 'أصلح هذه لترى النتيجة:',
      many: 'أصلح هذه لترى النتيجة:',
      other: 'أصلح هذه لترى النتيجة:',
    }),
  },

  /** "What our standards take" in a handbook chapter (src/document/staffing-section.ts). */
  handbook: {
    heading: 'ما تتطلبه معاييرنا',
    intro:
      'هذا عدد الموظفين الذي تتطلبه معاييرنا بأحجام العمل التي نراها، محسوبًا بمعادلات الطوابير التي تخطط بها مراكز الاتصال. ويضيف عمود «في جدول المناوبات» نسبة {shrinkage} للاستراحات والتدريب والاجتماعات والغياب. وحين يكون عدد الموظفين في المناوبة أقل من ذلك، يصبح المعيار وعدًا لا نستطيع الوفاء به، مهما اجتهد الفريق.',
    columns: ['القناة', 'معيارنا', 'حجم العمل', 'مدة المعالجة', 'العاملون في آن واحد', 'في جدول المناوبات'],
    emailStandard: 'كل رسالة خلال {time}',
    emailVolume: '{n} في اليوم',
    dayVolume: '{n} في اليوم، {share} منها في ساعة الذروة',
    hourVolume: '{n} في الساعة',
    intervalVolume: '{n} كل {interval}',
    handleHeld: '{handle}، {n} في آن واحد',
    /** A table cell for a count of people no team up to the calculators' limit reaches. */
    outOfReachCell: 'أكثر من {n}',
    outOfReach: 'لا يحقق أي فريق يصل إلى {people} المعيار {standard} بأحجام العمل هذه.',
    /** One channel's reading under the table; {channel} is the company's own name for it. */
    reading: '{channel}: {reading}',
  },

  /** The page (/tools/staffing/) around the calculator, written at build time. */
  page: {
    description:
      'كم موظفًا يتطلب وعدك بالاستجابة؟ أدخل أحجام العمل ومدة المعالجة والمستهدف، واعرف عدد الموظفين اللازم في المناوبة وفي جدول المناوبات، مع الطابور ساعة بساعة.',
    heading: 'كم موظفًا يتطلب وعدك؟',
    lede: 'أدخل أحجام العمل في يوم الاثنين الماضي والوعد الذي تقطعه للعملاء. تحصل على عدد الموظفين اللازم في المناوبة وفي جدول المناوبات، وعلى مدة انتظار العملاء مع فريقك الحالي، وعلى الساعة التي يبدأ فيها الطابور بالطول.',
    /** {understaffing} and {standards} are links to those two modes, with their titles. */
    intro:
      'تُحسب المكالمات والمحادثات بمعادلة Erlang C، وهي معادلة الطوابير التي تخطط بها مراكز الاتصال؛ ويُحسب البريد الإلكتروني بتراكم بسيط ساعة بساعة. ويجري الحساب كله في هذا المتصفح. وترتبط هذه الحاسبة بنمطَي {understaffing} و{standards}.',
    noscript: 'هذا مثال محسوب مسبقًا. فعّل JavaScript في متصفحك لتحسب بأرقامك.',
    queue: {
      heading: 'المكالمات والمحادثات',
      channel: 'القناة',
      channels: { phone: 'مكالمات', chat: 'محادثات' },
      contacts: 'الاتصالات الواردة',
      per: 'في كل',
      perOptions: { quarterHour: '15 دقيقة', halfHour: '30 دقيقة', hour: 'ساعة', day: 'يوم' },
      busiest: 'نصيب ساعة الذروة من اليوم (%)',
      busiestPlaceholder: 'مثلًا 12',
      busiestHint: 'كم من اتصالات اليوم يصل في ساعة ذروته',
      handle: 'متوسط مدة المعالجة',
      handleUnit: 'وحدة مدة المعالجة',
      handleUnits: { s: 'ثوانٍ', m: 'دقائق' },
      handleHint: 'المحادثة مع إنهاء المعاملة؛ وللمحادثات الكتابية: محادثة واحدة بمفردها',
      concurrency: 'المحادثات المتزامنة لكل موظف',
      concurrencyHint: 'كم محادثة يتولاها الموظف الواحد في الوقت نفسه',
      goal: 'المستهدف',
      goals: { level: 'نسبة خلال مدة', average: 'متوسط الانتظار' },
      level: 'النسبة المجاب عنها (%)',
      within: 'المدة (بالثواني)',
      shrinkage: 'الوقت المستقطع (%)',
      shrinkageHint: 'الاستراحات والتدريب والاجتماعات والغياب',
      occupancy: 'أقصى انشغال مقبول للموظف (%)',
      occupancyPlaceholder: 'بلا حد',
      occupancyHint: 'اختياري، مثلًا 85',
      agents: 'عدد الموظفين لديك في المناوبة',
      agentsHint: 'اختياري: لترى ما يستطيعون إنجازه',
    },
    email: {
      heading: 'البريد الإلكتروني والأعمال الأخرى في الطابور',
      arrivals: 'الرسائل الواردة في كل ساعة عمل',
      arrivalsHint: 'رقم واحد لكل ساعة، من وقت الافتتاح، تفصل بينها مسافات أو فواصل (,)',
      opens: 'وقت الافتتاح',
      overnight: 'الوارد ليلًا',
      handle: 'مدة المعالجة (بالدقائق)',
      standard: 'المعيار: الرد خلال (ساعات عمل)',
      shrinkage: 'الوقت المستقطع (%)',
      people: 'عدد الموظفين لديك على البريد الإلكتروني',
    },
    /** "How to read it": {people} and {rota} are the table's column names, {day} the volume's "day", in bold or quotes. */
    howToRead: {
      heading: 'كيف تقرأ النتائج',
      columns:
        '{people} هم الموظفون الذين يردّون في تلك اللحظة. ويضيف {rota} الوقت المستقطع: أي نصيب الوقت المدفوع الذي يذهب إلى الاستراحات والتدريب والاجتماعات والمرض والإجازات، ويتراوح عادة بين 25% و40%.',
      queues:
        'الطوابير لا تسير في خط مستقيم. الفريق الذي يكفي بالكاد على الورق يظل يُبقي العملاء منتظرين، لأن الاتصالات تصل متكتلة؛ ونقص موظف واحد عن العدد المطلوب قد يكلّف أكثر بكثير من نصيب موظف واحد من مستوى الخدمة. وحين يصل أكثر مما ينجزه الفريق، يطول الطابور كل دقيقة حتى تمر الذروة، ولهذا تسوء الساعات نفسها كل أسبوع.',
      assumptions:
        'تفترض الأرقام أن الاتصالات تصل عشوائيًا خلال الفترة وأن أحدًا لا يُنهي الاتصال قبل الرد؛ والطوابير الحقيقية التي فيها مكالمات متروكة تبدو أفضل قليلًا من هذا، والذروات داخل الفترة أسوأ قليلًا. استخدم أحجام أكثر فتراتك الفعلية ازدحامًا، لا المتوسط اليومي. وإن لم تكن تعرف إلا إجمالي اليوم، فاختر «{day}» وأدخل نصيب ساعة الذروة منه: فتكون الأرقام حينئذ لتلك الساعة.',
      chatsTerm: 'المحادثات المتزامنة',
      chats:
        '{term}: الموظف الذي يتولى محادثتين أو ثلاثًا يرد بالتناوب، فتستغرق كل محادثة أطول مما لو كانت وحدها. وتحتسب الحاسبة كل محادثة يتولاها الموظف مكانًا في الطابور، وتجعل كل محادثة أطول بنسبة 25% عن كل محادثة إضافية متزامنة. أدخل مدة معالجة المحادثة الواحدة حين تكون وحدها.',
      slips:
        'حين يبدو رقم ما خطأً في الإدخال (600 مكالمة في الساعة لفريق من عشرة موظفين، مثلًا)، تظهر بجانبه ملاحظة تطلب منك التحقق؛ ومع ذلك تُحسب النتيجة.',
    },
  },
};
