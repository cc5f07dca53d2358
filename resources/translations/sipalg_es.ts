<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>BeforeAfter</name>
    <message>
        <location filename="../../app/ui/before_after.py" line="27"/>
        <source>where your phone says it can be reached</source>
        <translation>dónde dice su teléfono que se le puede localizar</translation>
    </message>
    <message>
        <location filename="../../app/ui/before_after.py" line="30"/>
        <source>where answers to your phone must go</source>
        <translation>adónde deben ir las respuestas a su teléfono</translation>
    </message>
    <message>
        <location filename="../../app/ui/before_after.py" line="31"/>
        <source>where the sound of a call must be sent</source>
        <translation>adónde debe enviarse el sonido de una llamada</translation>
    </message>
    <message>
        <location filename="../../app/ui/before_after.py" line="34"/>
        <source>it carries your address</source>
        <translation>contiene su dirección</translation>
    </message>
    <message>
        <location filename="../../app/ui/before_after.py" line="117"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../../app/ui/before_after.py" line="118"/>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <location filename="../../app/ui/before_after.py" line="119"/>
        <source>sent:</source>
        <translation>enviado:</translation>
    </message>
    <message>
        <location filename="../../app/ui/before_after.py" line="120"/>
        <source>arrived:</source>
        <translation>recibido:</translation>
    </message>
    <message>
        <location filename="../../app/ui/before_after.py" line="123"/>
        <source>The %s header (%s)</source>
        <translation>La cabecera %s (%s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/before_after.py" line="127"/>
        <source>rewritten</source>
        <translation>reescrito</translation>
    </message>
    <message>
        <location filename="../../app/ui/before_after.py" line="135"/>
        <source>arrived exactly as sent</source>
        <translation>llegó exactamente como se envió</translation>
    </message>
    <message>
        <location filename="../../app/ui/before_after.py" line="137"/>
        <source>(with your address %s)</source>
        <translation>(con su dirección %s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/before_after.py" line="141"/>
        <source>Your address now arrives unchanged.</source>
        <translation>Ahora su dirección llega sin cambios.</translation>
    </message>
    <message>
        <location filename="../../app/ui/before_after.py" line="145"/>
        <source>still rewritten</source>
        <translation>sigue reescrito</translation>
    </message>
    <message>
        <location filename="../../app/ui/before_after.py" line="152"/>
        <source>Your address is still being rewritten.</source>
        <translation>Su dirección se sigue reescribiendo.</translation>
    </message>
</context>
<context>
    <name>CheckingPage</name>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="63"/>
        <source>Checking your connection</source>
        <translation>Comprobando su conexión</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="66"/>
        <location filename="../../app/ui/pages/checking.py" line="111"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="67"/>
        <source>What is happening now</source>
        <translation>Qué está pasando ahora</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="69"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="71"/>
        <source>Tests finished</source>
        <translation>Pruebas terminadas</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="76"/>
        <source>Why the test could not start</source>
        <translation>Por qué no se pudo iniciar la prueba</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="78"/>
        <source>&amp;Change the server</source>
        <translation>Cambiar el &amp;servidor</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="79"/>
        <source>Go back and choose another server</source>
        <translation>Vuelva atrás y elija otro servidor</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="82"/>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="83"/>
        <source>Stop the test</source>
        <translation>Detener la prueba</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="134"/>
        <source>This usually takes a few seconds, at most about %d seconds.</source>
        <translation>Suele tardar unos segundos, como máximo unos %d segundos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="141"/>
        <source>This takes a few minutes, at most about %d minutes: the idle-connection test waits to see how long your router remembers a quiet connection.</source>
        <translation>Tarda unos minutos, como máximo unos %d minutos: la prueba de conexión inactiva espera para ver cuánto tiempo recuerda su router una conexión en silencio.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="155"/>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="168"/>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="169"/>
        <source>Test call %d of %d</source>
        <translation>Llamada de prueba %d de %d</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="184"/>
        <source>Stopped. Here is what we found so far.</source>
        <translation>Detenida. Esto es lo que hemos encontrado hasta ahora.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="184"/>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="199"/>
        <source>The test could not start.</source>
        <translation>No se pudo iniciar la prueba.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="201"/>
        <source>The test failed.</source>
        <translation>La prueba ha fallado.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="206"/>
        <source>The test stopped because of an unexpected problem. Please try again; if it keeps happening, copy the details into a support request.</source>
        <translation>La prueba se detuvo por un problema inesperado. Inténtelo de nuevo; si sigue pasando, copie los detalles en una solicitud de soporte.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="215"/>
        <source>We could not use that server: %s. Check the address, or choose another.</source>
        <translation>No hemos podido usar ese servidor: %s. Compruebe la dirección o elija otro.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="219"/>
        <source>We could not reach the network (%s). Check that this computer is online, then try again or choose another server.</source>
        <translation>No hemos podido acceder a la red (%s). Compruebe que este ordenador está conectado y vuelva a intentarlo o elija otro servidor.</translation>
    </message>
</context>
<context>
    <name>CloseQuestion</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="63"/>
        <source>Close SIP ALG Doctor?</source>
        <translation>¿Cerrar SIP ALG Doctor?</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="66"/>
        <source>Close &amp;anyway</source>
        <translation>Cerrar de &amp;todos modos</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="70"/>
        <source>&amp;Keep it open</source>
        <translation>&amp;Mantenerlo abierto</translation>
    </message>
</context>
<context>
    <name>CopyBlock</name>
    <message>
        <location filename="../../app/ui/widgets.py" line="130"/>
        <source>Command to type</source>
        <translation>Comando que debe escribir</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="131"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="132"/>
        <source>Copy command</source>
        <translation>Copiar comando</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="139"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="26"/>
        <source>Something went wrong</source>
        <translation>Algo ha salido mal</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="31"/>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="61"/>
        <source>About SIP ALG Doctor</source>
        <translation>Acerca de SIP ALG Doctor</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <location filename="../../app/ui/widgets.py" line="184"/>
        <source>What was changed</source>
        <translation>Qué se ha cambiado</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="193"/>
        <source>on the way out: we sent it</source>
        <translation>a la ida: lo enviamos nosotros</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="194"/>
        <source>on the way back: the server sent it</source>
        <translation>a la vuelta: lo envió el servidor</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="195"/>
        <source>out or back: we sent it</source>
        <translation>ida o vuelta: lo enviamos nosotros</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="224"/>
        <source>What the server sent is on the left, what arrived here on the right.</source>
        <translation>Lo que envió el servidor está a la izquierda; lo que llegó aquí, a la derecha.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="226"/>
        <source>What we sent is on the left, what arrived at the server on the right.</source>
        <translation>Lo que enviamos está a la izquierda; lo que llegó al servidor, a la derecha.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="228"/>
        <source>What we sent is on the left, what came back on the right.</source>
        <translation>Lo que enviamos está a la izquierda; lo que volvió, a la derecha.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="230"/>
        <source>On each row, what was sent is on the left and what arrived on the right; the row says who sent it.</source>
        <translation>En cada fila, lo enviado está a la izquierda y lo recibido a la derecha; la fila indica quién lo envió.</translation>
    </message>
</context>
<context>
    <name>DoctorWizard</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="114"/>
        <source>SIP ALG Doctor</source>
        <translation>SIP ALG Doctor</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="127"/>
        <source>&amp;About</source>
        <translation>&amp;Acerca de</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="128"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="185"/>
        <source>A test is still running. Closing now stops it and loses its result.</source>
        <translation>Todavía hay una prueba en curso. Si cierra ahora, se detendrá y se perderá su resultado.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="188"/>
        <source>Your results are not saved yet. Closing now loses them; the last page saves a report for your provider.</source>
        <translation>Sus resultados aún no se han guardado. Si cierra ahora, se perderán; la última página guarda un informe para su proveedor.</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <location filename="../../app/diagnosis/context.py" line="94"/>
        <source>Your provider shares one public address among many customers (carrier-grade NAT)</source>
        <translation>Su proveedor comparte una dirección pública entre muchos clientes (NAT de operador, CGNAT)</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/context.py" line="99"/>
        <source>Your router sits behind another router (double NAT)</source>
        <translation>Su router está detrás de otro router (doble NAT)</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/context.py" line="108"/>
        <source>There is a second address translation beyond your router. Switching off your router&apos;s SIP ALG may not be enough: the other device can have one too, and incoming calls rely on keep-alives.</source>
        <translation>Hay una segunda traducción de direcciones más allá de su router. Desactivar el SIP ALG de su router puede no bastar: el otro aparato también puede tener uno, y las llamadas entrantes dependen de los mensajes keep-alive.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/context.py" line="118"/>
        <source>Put the provider&apos;s modem in bridge (modem-only) mode, or ask your provider whether a public IPv4 address is available.</source>
        <translation>Ponga el módem del proveedor en modo puente (solo módem) o pregunte a su proveedor si puede darle una dirección IPv4 pública.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/context.py" line="133"/>
        <source>Your router uses a new port for every destination (symmetric NAT)</source>
        <translation>Su router usa un puerto nuevo para cada destino (NAT simétrico)</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/context.py" line="136"/>
        <source>That is not an ALG, but it defeats STUN: phones must rely on the provider&apos;s NAT handling (most hosted VoIP services do this). If you hear one-way audio, ask the provider about it.</source>
        <translation>No es un ALG, pero impide que funcione STUN: los teléfonos dependen de cómo gestione el NAT el proveedor (la mayoría de servicios VoIP alojados lo hacen). Si oye audio en un solo sentido, consúltelo con el proveedor.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/context.py" line="156"/>
        <source>Your router keeps idle phone connections open long enough ({where})</source>
        <translation>Su router mantiene abiertas las conexiones telefónicas inactivas el tiempo suficiente ({where})</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/context.py" line="160"/>
        <source>Connections stayed open for every delay we tried (up to {seconds} s).</source>
        <translation>Las conexiones siguieron abiertas con todos los tiempos de espera probados (hasta {seconds} s).</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/context.py" line="173"/>
        <source>Your router forgets an idle phone after about {seconds} s ({where})</source>
        <translation>Su router olvida un teléfono inactivo tras unos {seconds} s ({where})</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/context.py" line="177"/>
        <source>If your phone re-registers less often than every {seconds} s (many phones default to 3600 s), the provider cannot reach it in between and incoming calls fail or go to voicemail.</source>
        <translation>Si su teléfono se vuelve a registrar con menos frecuencia que cada {seconds} s (muchos teléfonos usan 3600 s por defecto), el proveedor no puede localizarlo entretanto y las llamadas entrantes fallan o van al buzón de voz.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/context.py" line="186"/>
        <source>Raise the router&apos;s UDP time-out to at least 300 s, or set the phone&apos;s registration interval (or NAT keep-alive) below {seconds} s.</source>
        <translation>Suba el tiempo de espera UDP del router a 300 s como mínimo, o ponga el intervalo de registro del teléfono (o el keep-alive de NAT) por debajo de {seconds} s.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="105"/>
        <source>It changed the audio address in the call set-up, which is the classic cause of one-way audio.</source>
        <translation>Cambió la dirección del audio al establecer la llamada, que es la causa clásica del audio en un solo sentido.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="119"/>
        <source>It changed the addresses your phone uses to say where it can be reached, which makes calls drop after about 30 seconds and incoming calls fail.</source>
        <translation>Cambió las direcciones con las que su teléfono indica dónde se le puede localizar; por eso las llamadas se cortan a los 30 segundos y fallan las llamadas entrantes.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="127"/>
        <source>It also rewrote the server&apos;s answers on the way back.</source>
        <translation>También reescribió las respuestas del servidor a la vuelta.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="129"/>
        <source>A SIP ALG (a &apos;helper&apos; in your router) rewrote the test calls on {transports}. {parts}</source>
        <translation>Un SIP ALG (un «ayudante» de su router) reescribió las llamadas de prueba por {transports}. {parts}</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="137"/>
        <source>Turn off the SIP ALG in your router. It may be called SIP ALG, SIP passthrough, SIP helper, SIP transformations or SIP inspection.</source>
        <translation>Desactive el SIP ALG de su router. Puede llamarse SIP ALG, SIP passthrough, SIP helper, SIP transformations o SIP inspection.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="142"/>
        <source>Restart the router and your phones, then run this test again to confirm the fix.</source>
        <translation>Reinicie el router y sus teléfonos y vuelva a hacer esta prueba para confirmar que se ha solucionado.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="149"/>
        <source>If it cannot be turned off: the same test on port {port} went through untouched, so ask your VoIP provider for a SIP port other than {sip_port} (or SIP over TLS on 5061).</source>
        <translation>Si no se puede desactivar: la misma prueba en el puerto {port} pasó sin cambios, así que pida a su proveedor VoIP un puerto SIP distinto de {sip_port} (o SIP sobre TLS en el 5061).</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="161"/>
        <source>Something on your connection rewrites your calls</source>
        <translation>Algo en su conexión reescribe sus llamadas</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="192"/>
        <source>Phone traffic on the standard SIP port disappears</source>
        <translation>El tráfico telefónico en el puerto SIP estándar desaparece</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="193"/>
        <source>Test calls sent over {transports} to port {port} vanished, while the same test to another port got through. A SIP ALG that drops what it cannot handle, or a firewall rule, is swallowing them.</source>
        <translation>Las llamadas de prueba enviadas por {transports} al puerto {port} desaparecieron, mientras que la misma prueba a otro puerto pasó. Las está bloqueando un SIP ALG que descarta lo que no sabe manejar, o una regla del cortafuegos.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="207"/>
        <source>Turn off the SIP ALG in your router, and check its firewall for rules about port {port}.</source>
        <translation>Desactive el SIP ALG de su router y revise su cortafuegos por si hay reglas sobre el puerto {port}.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="212"/>
        <source>Ask your VoIP provider whether your phones can use another port (such as 5080) or SIP over TLS (port 5061).</source>
        <translation>Pregunte a su proveedor VoIP si sus teléfonos pueden usar otro puerto (por ejemplo, el 5080) o SIP sobre TLS (puerto 5061).</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="229"/>
        <source>The test was stopped before it finished</source>
        <translation>La prueba se detuvo antes de terminar</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="230"/>
        <source>Without the full set of answers we cannot say whether there is an ALG.</source>
        <translation>Sin todas las respuestas no podemos saber si hay un ALG.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="236"/>
        <source>Run the test again and let it finish.</source>
        <translation>Vuelva a hacer la prueba y deje que termine.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="243"/>
        <source>The test server did not answer</source>
        <translation>El servidor de pruebas no respondió</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="244"/>
        <source>Without answers we cannot tell whether there is an ALG. This says nothing about your router yet.</source>
        <translation>Sin respuestas no podemos saber si hay un ALG. Esto todavía no dice nada de su router.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="252"/>
        <source>Check that this computer is online and that the server address is typed correctly.</source>
        <translation>Compruebe que este ordenador está conectado y que la dirección del servidor está bien escrita.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="257"/>
        <source>Try again in a minute; if it keeps failing, try your VoIP provider&apos;s SIP server instead (provider mode).</source>
        <translation>Vuelva a intentarlo dentro de un minuto; si sigue fallando, pruebe con el servidor SIP de su proveedor VoIP (modo proveedor).</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="268"/>
        <source>Test calls went out and came back exactly as sent, over {transports}.</source>
        <translation>Las llamadas de prueba salieron y volvieron exactamente como se enviaron, por {transports}.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="272"/>
        <source>Your provider&apos;s server copied our test message back unchanged over {transports}. This check cannot see an ALG that perfectly undoes its own changes; a test against a reflector gives certainty.</source>
        <translation>El servidor de su proveedor nos devolvió el mensaje de prueba sin cambios por {transports}. Esta comprobación no detecta un ALG que deshaga perfectamente sus propios cambios; una prueba contra un reflector da total seguridad.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="282"/>
        <source>No SIP ALG interferes on this connection</source>
        <translation>Ningún SIP ALG interfiere en esta conexión</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="296"/>
        <source>No address translation (NAT)</source>
        <translation>Sin traducción de direcciones (NAT)</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="297"/>
        <source>The server sees this computer at its own address {address}.</source>
        <translation>El servidor ve este ordenador con su propia dirección {address}.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="306"/>
        <source>Your router translates addresses (NAT)</source>
        <translation>Su router traduce direcciones (NAT)</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="307"/>
        <source>This computer is {local} at home and appears on the internet as {public}. That is normal and not an ALG.</source>
        <translation>Este ordenador es {local} en casa y aparece en internet como {public}. Es normal y no es un ALG.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="318"/>
        <source>One-way audio without an ALG usually means a firewall blocks the audio (RTP) ports, or the provider does not handle NAT for media; ask your provider.</source>
        <translation>El audio en un solo sentido sin ALG suele significar que un cortafuegos bloquea los puertos de audio (RTP) o que el proveedor no gestiona el NAT del audio; consulte a su proveedor.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="323"/>
        <source>Drops after 30 seconds without an ALG usually mean an answer (the ACK) is lost; check the router&apos;s firewall and ask your provider to look at a call trace.</source>
        <translation>Los cortes a los 30 segundos sin ALG suelen significar que se pierde una respuesta (el ACK); revise el cortafuegos del router y pida a su proveedor que analice una traza de llamada.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="328"/>
        <source>Phones that stop ringing are often forgotten by the router between registrations (a short UDP time-out); the binding-lifetime test measures this.</source>
        <translation>Los teléfonos que dejan de sonar suelen ser olvidados por el router entre registros (un tiempo de espera UDP corto); la prueba de duración de la conexión lo mide.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="333"/>
        <source>Calls that go to voicemail usually mean the provider could not reach the phone: a short UDP time-out in the router is the usual cause without an ALG.</source>
        <translation>Que las llamadas vayan al buzón de voz suele significar que el proveedor no pudo localizar el teléfono: sin ALG, la causa habitual es un tiempo de espera UDP corto en el router.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="338"/>
        <source>Registration that keeps dropping points at a short UDP time-out or an unstable connection; shorter re-registration intervals on the phone can help.</source>
        <translation>Si el registro se pierde a menudo, apunta a un tiempo de espera UDP corto o a una conexión inestable; acortar el intervalo de registro del teléfono puede ayudar.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="343"/>
        <source>Choppy audio is a bandwidth, Wi-Fi or jitter problem, not an ALG one: try a cable instead of Wi-Fi and pause big downloads during calls.</source>
        <translation>El audio entrecortado es un problema de ancho de banda, Wi-Fi o jitter, no de ALG: pruebe con cable en lugar de Wi-Fi y pause las descargas grandes durante las llamadas.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="355"/>
        <source>One-way audio can also come from a firewall that blocks the audio (RTP) ports, or from a provider that does not handle NAT for media; ask your provider.</source>
        <translation>El audio en un solo sentido también puede deberse a un cortafuegos que bloquea los puertos de audio (RTP) o a un proveedor que no gestiona el NAT del audio; consulte a su proveedor.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="360"/>
        <source>Drops after 30 seconds mean an answer (the ACK) is lost on the way; check the router&apos;s firewall and ask your provider to look at a call trace.</source>
        <translation>Los cortes a los 30 segundos significan que una respuesta (el ACK) se pierde por el camino; revise el cortafuegos del router y pida a su proveedor que analice una traza de llamada.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="365"/>
        <source>Calls that go to voicemail usually mean the provider could not reach the phone; a short UDP time-out in the router is another common cause.</source>
        <translation>Que las llamadas vayan al buzón de voz suele significar que el proveedor no pudo localizar el teléfono; otra causa frecuente es un tiempo de espera UDP corto en el router.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="386"/>
        <source>Explained by what we found: {title}.</source>
        <translation>Se explica por lo que hemos encontrado: {title}.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="403"/>
        <source>Your router&apos;s SIP ALG is changing your calls. Turning it off should fix this.</source>
        <translation>El SIP ALG de su router está modificando sus llamadas. Desactivarlo debería solucionarlo.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="410"/>
        <source>Calls on the standard SIP port are being swallowed on the way. A SIP ALG or a firewall rule is the likely cause.</source>
        <translation>Las llamadas en el puerto SIP estándar se pierden por el camino. La causa probable es un SIP ALG o una regla del cortafuegos.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="427"/>
        <source>No SIP ALG found: your calls pass through unchanged.</source>
        <translation>No se ha encontrado ningún SIP ALG: sus llamadas pasan sin cambios.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="433"/>
        <source>Inconclusive: the test could not get the answers it needs, so we cannot say yet.</source>
        <translation>No concluyente: la prueba no obtuvo las respuestas que necesita, así que aún no podemos decirlo.</translation>
    </message>
</context>
<context>
    <name>FixItPage</name>
    <message>
        <location filename="../../app/ui/pages/fixit.py" line="72"/>
        <source>Switch the SIP ALG off</source>
        <translation>Desactive el SIP ALG</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/fixit.py" line="74"/>
        <source>I&apos;ve &amp;switched it off — test again</source>
        <translation>Ya lo he de&amp;sactivado — probar de nuevo</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/fixit.py" line="113"/>
        <source>Check that it is off</source>
        <translation>Compruebe que está desactivado</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/fixit.py" line="117"/>
        <source>Also worth changing</source>
        <translation>También conviene cambiar</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/fixit.py" line="140"/>
        <source>When you have changed the setting and restarted the router, press “I&apos;ve switched it off — test again”.</source>
        <translation>Cuando haya cambiado el ajuste y reiniciado el router, pulse «Ya lo he desactivado — probar de nuevo».</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/fixit.py" line="155"/>
        <source>We could not find your router&apos;s address. It is usually printed on a label on the router, next to its password.</source>
        <translation>No hemos encontrado la dirección de su router. Suele estar impresa en una etiqueta del router, junto a su contraseña.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/fixit.py" line="161"/>
        <source>&amp;Open my router&apos;s settings</source>
        <translation>A&amp;brir la configuración de mi router</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/fixit.py" line="162"/>
        <source>Open my router&apos;s settings</source>
        <translation>Abrir la configuración de mi router</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/fixit.py" line="167"/>
        <source>Opens %s in your browser, the address of your router&apos;s own settings pages.</source>
        <translation>Abre %s en su navegador: la dirección de las páginas de configuración de su router.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/fixit.py" line="192"/>
        <source>Steps for your %s</source>
        <translation>Pasos para su %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/fixit.py" line="209"/>
        <source>If your router&apos;s pages look different, try these:</source>
        <translation>Si las páginas de su router se ven distintas, pruebe esto:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/pages/fixit.py" line="216"/>
        <source>These steps come in %n versions, for different looks of the settings pages. Open the one that matches what you see.</source>
        <translation>
            <numerusform>Estos pasos tienen %n versión, según el aspecto de las páginas de configuración. Abra la que coincida con lo que ve.</numerusform>
            <numerusform>Estos pasos tienen %n versiones, según el aspecto de las páginas de configuración. Abra la que coincida con lo que ve.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <location filename="../../app/guides/render.py" line="67"/>
        <source>from the maker&apos;s own documentation</source>
        <translation>de la documentación del propio fabricante</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="68"/>
        <source>from VoIP providers&apos; help pages</source>
        <translation>de las páginas de ayuda de proveedores VoIP</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="69"/>
        <source>from user reports; check the menu names on your device</source>
        <translation>de informes de usuarios; compruebe los nombres de los menús en su aparato</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="74"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="75"/>
        <source>only partly, or not on every firmware</source>
        <translation>solo en parte, o no en todos los firmware</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="76"/>
        <source>no: use a workaround</source>
        <translation>no: use una alternativa</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="77"/>
        <source>there is none: this product has no SIP ALG</source>
        <translation>no tiene: este producto no tiene SIP ALG</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="82"/>
        <source>What helps instead</source>
        <translation>Qué ayuda en su lugar</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="84"/>
        <source>If it cannot be switched off</source>
        <translation>Si no se puede desactivar</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="86"/>
        <source>Restart the router afterwards (required).</source>
        <translation>Después, reinicie el router (obligatorio).</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="87"/>
        <source>Restart the router afterwards, so calls set up before the change are forgotten.</source>
        <translation>Después, reinicie el router para que olvide las llamadas establecidas antes del cambio.</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="90"/>
        <source>No restart is needed.</source>
        <translation>No hace falta reiniciar.</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="98"/>
        <source>This device cannot switch its SIP ALG off. Use one of the workarounds below instead.</source>
        <translation>Este aparato no puede desactivar su SIP ALG. Use una de las alternativas de abajo.</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="106"/>
        <source>This device can only partly switch its SIP ALG off (or not on every firmware). If the test still finds rewriting afterwards, use a workaround below.</source>
        <translation>Este aparato solo puede desactivar su SIP ALG en parte (o no en todos los firmware). Si la prueba sigue detectando cambios después, use una alternativa de abajo.</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="114"/>
        <source>This product has no SIP ALG of its own, so there is nothing to switch off. If the test found one, it is in another device on the path (for example your internet provider&apos;s modem).</source>
        <translation>Este producto no tiene SIP ALG propio, así que no hay nada que desactivar. Si la prueba encontró uno, está en otro aparato del camino (por ejemplo, el módem de su proveedor de internet).</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="124"/>
        <source>Can it be switched off</source>
        <translation>¿Se puede desactivar?</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="127"/>
        <source>The setting is called</source>
        <translation>El ajuste se llama</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="129"/>
        <source>Source of these steps</source>
        <translation>Origen de estos pasos</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="132"/>
        <source>Last checked</source>
        <translation>Última comprobación</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="133"/>
        <source>Restart</source>
        <translation>Reinicio</translation>
    </message>
</context>
<context>
    <name>Jargon</name>
    <message>
        <location filename="../../app/ui/jargon.py" line="21"/>
        <source>SIP: the language internet phones use to set up calls.</source>
        <translation>SIP: el lenguaje que usan los teléfonos por internet para establecer llamadas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/jargon.py" line="22"/>
        <source>SIP ALG: a &apos;helper&apos; built into many routers that rewrites phone messages on the way through. It often breaks calls instead of helping.</source>
        <translation>SIP ALG: un «ayudante» integrado en muchos routers que reescribe los mensajes telefónicos a su paso. A menudo estropea las llamadas en lugar de ayudar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/jargon.py" line="27"/>
        <source>UDP and TCP: two ways of sending data over the internet. Most phones use UDP; some use TCP.</source>
        <translation>UDP y TCP: dos formas de enviar datos por internet. La mayoría de los teléfonos usan UDP; algunos usan TCP.</translation>
    </message>
    <message>
        <location filename="../../app/ui/jargon.py" line="32"/>
        <source>NAT: your router shares one internet address between all your devices. That is normal and not a problem by itself.</source>
        <translation>NAT: su router comparte una dirección de internet entre todos sus aparatos. Es normal y, por sí solo, no es un problema.</translation>
    </message>
    <message>
        <location filename="../../app/ui/jargon.py" line="37"/>
        <source>RTP: how the sound of a call travels, separately from the call set-up.</source>
        <translation>RTP: cómo viaja el sonido de una llamada, por separado del establecimiento de la llamada.</translation>
    </message>
    <message>
        <location filename="../../app/ui/jargon.py" line="40"/>
        <source>Binding lifetime (idle-connection test): how long your router remembers a quiet phone connection. If it forgets too soon, incoming calls cannot reach the phone.</source>
        <translation>Duración de la conexión (prueba de conexión inactiva): cuánto tiempo recuerda su router una conexión telefónica en silencio. Si la olvida demasiado pronto, las llamadas entrantes no llegan al teléfono.</translation>
    </message>
    <message>
        <location filename="../../app/ui/jargon.py" line="77"/>
        <source>What&apos;s this?</source>
        <translation>¿Qué es esto?</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../app/ui/pages/base.py" line="87"/>
        <source>Checking your router and connection…</source>
        <translation>Comprobando su router y su conexión…</translation>
    </message>
</context>
<context>
    <name>ProviderPicker</name>
    <message>
        <location filename="../../app/ui/provider_picker.py" line="68"/>
        <source>Type your provider&apos;s name</source>
        <translation>Escriba el nombre de su proveedor</translation>
    </message>
    <message>
        <location filename="../../app/ui/provider_picker.py" line="69"/>
        <source>Search for your phone service provider</source>
        <translation>Busque su proveedor de servicio telefónico</translation>
    </message>
    <message>
        <location filename="../../app/ui/provider_picker.py" line="73"/>
        <source>Phone service providers</source>
        <translation>Proveedores de servicio telefónico</translation>
    </message>
    <message>
        <location filename="../../app/ui/provider_picker.py" line="75"/>
        <source>About the search</source>
        <translation>Acerca de la búsqueda</translation>
    </message>
    <message>
        <location filename="../../app/ui/provider_picker.py" line="76"/>
        <source>Enter the server from my phone&apos;s settings</source>
        <translation>Introducir el servidor de la configuración de mi teléfono</translation>
    </message>
    <message>
        <location filename="../../app/ui/provider_picker.py" line="77"/>
        <source>I don&apos;t know</source>
        <translation>No lo sé</translation>
    </message>
    <message>
        <location filename="../../app/ui/provider_picker.py" line="78"/>
        <source>I don&apos;t know my provider&apos;s server</source>
        <translation>No sé el servidor de mi proveedor</translation>
    </message>
    <message>
        <location filename="../../app/ui/provider_picker.py" line="133"/>
        <source>The list of providers could not be read.</source>
        <translation>No se pudo leer la lista de proveedores.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/provider_picker.py" line="146"/>
        <source>Type your provider&apos;s name to search all %n providers we know.</source>
        <translation>
            <numerusform>Escriba el nombre de su proveedor para buscar entre el %n proveedor que conocemos.</numerusform>
            <numerusform>Escriba el nombre de su proveedor para buscar entre los %n proveedores que conocemos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/provider_picker.py" line="158"/>
        <source>We don&apos;t know a provider called “%s”.</source>
        <translation>No conocemos ningún proveedor llamado «%s».</translation>
    </message>
    <message>
        <location filename="../../app/ui/provider_picker.py" line="160"/>
        <source>Is it one of these?</source>
        <translation>¿Es uno de estos?</translation>
    </message>
    <message>
        <location filename="../../app/ui/provider_picker.py" line="162"/>
        <source>Otherwise enter the server from your phone&apos;s settings, or choose “I don&apos;t know”.</source>
        <translation>Si no, introduzca el servidor de la configuración de su teléfono o elija «No lo sé».</translation>
    </message>
    <message>
        <location filename="../../app/ui/provider_picker.py" line="197"/>
        <source>It publishes no server name.</source>
        <translation>No publica ningún nombre de servidor.</translation>
    </message>
    <message>
        <location filename="../../app/ui/provider_picker.py" line="199"/>
        <source>%s: %s Enter the server from your phone&apos;s settings instead.</source>
        <translation>%s: %s Introduzca en su lugar el servidor de la configuración de su teléfono.</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../app/ui/pages/report.py" line="59"/>
        <source>Your report</source>
        <translation>Su informe</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="60"/>
        <source>Keep it, or send it to your VoIP provider&apos;s support.</source>
        <translation>Guárdelo o envíelo al soporte de su proveedor VoIP.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="69"/>
        <source>The server tested</source>
        <translation>El servidor probado</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="71"/>
        <source>Summary for a support request:</source>
        <translation>Resumen para una solicitud de soporte:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="75"/>
        <source>Report summary</source>
        <translation>Resumen del informe</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="76"/>
        <source>&amp;Hide my public IP address in the report</source>
        <translation>&amp;Ocultar mi dirección IP pública en el informe</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="77"/>
        <source>Hide my public IP address</source>
        <translation>Ocultar mi dirección IP pública</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="80"/>
        <source>Copy for my &amp;provider</source>
        <translation>Copiar para mi &amp;proveedor</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="81"/>
        <source>Copy the summary for my provider</source>
        <translation>Copiar el resumen para mi proveedor</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="82"/>
        <source>Save as &amp;web page…</source>
        <translation>Guardar como página &amp;web…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="83"/>
        <source>Save as &amp;JSON…</source>
        <translation>Guardar como &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="84"/>
        <source>Open the &amp;folder</source>
        <translation>Abrir la carpe&amp;ta</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="89"/>
        <source>Where the report was saved</source>
        <translation>Dónde se guardó el informe</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="178"/>
        <source>there is no folder to save it in</source>
        <translation>no hay ninguna carpeta donde guardarlo</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="196"/>
        <source>A copy of this report was saved to: %s</source>
        <translation>Se guardó una copia de este informe en: %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="203"/>
        <source>A copy could not be saved automatically (%s). Use “Save as web page…”.</source>
        <translation>No se pudo guardar una copia automáticamente (%s). Use «Guardar como página web…».</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="213"/>
        <source>Copied. Paste it into your message to your provider.</source>
        <translation>Copiado. Péguelo en su mensaje para el proveedor.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="219"/>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="219"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="220"/>
        <source>Save report</source>
        <translation>Guardar informe</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="235"/>
        <source>The report could not be saved to %s: %s</source>
        <translation>No se pudo guardar el informe en %s: %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="238"/>
        <source>Saved to %s</source>
        <translation>Guardado en %s</translation>
    </message>
</context>
<context>
    <name>ResultWords</name>
    <message>
        <location filename="../../app/ui/result_words.py" line="54"/>
        <source>This is the likely cause of what you noticed (%s): switching it off should fix it.</source>
        <translation>Esta es la causa probable de lo que ha notado (%s): desactivarlo debería solucionarlo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="59"/>
        <source>It rewrites the addresses your phones send, which breaks calls (one-way audio, calls that drop or never ring); switching it off should fix it.</source>
        <translation>Reescribe las direcciones que envían sus teléfonos, lo que estropea las llamadas (audio en un solo sentido, llamadas que se cortan o que nunca suenan); desactivarlo debería solucionarlo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="66"/>
        <source>This is the likely cause of what you noticed (%s): your router&apos;s SIP ALG or a firewall rule swallows phone traffic on its usual port.</source>
        <translation>Esta es la causa probable de lo que ha notado (%s): el SIP ALG de su router o una regla del cortafuegos bloquea el tráfico telefónico en su puerto habitual.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="71"/>
        <source>Your router&apos;s SIP ALG or a firewall rule swallows phone traffic on its usual port, so phones may fail to register or to ring.</source>
        <translation>El SIP ALG de su router o una regla del cortafuegos bloquea el tráfico telefónico en su puerto habitual, por lo que puede que los teléfonos no logren registrarse o no suenen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="78"/>
        <source>Your router passes calls through unchanged, so something else causes what you noticed (%s); the steps below list the usual causes.</source>
        <translation>Su router deja pasar las llamadas sin cambios, así que lo que ha notado (%s) se debe a otra cosa; los pasos siguientes enumeran las causas habituales.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="83"/>
        <source>Your router passes calls through unchanged: there is nothing to switch off.</source>
        <translation>Su router deja pasar las llamadas sin cambios: no hay nada que desactivar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="88"/>
        <source>The test was stopped before it finished, so it says nothing about your router yet.</source>
        <translation>La prueba se detuvo antes de terminar, así que todavía no dice nada sobre su router.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="92"/>
        <source>The test got no usable answers, so it says nothing about your router yet; this is usually the connection or the server, not your router.</source>
        <translation>La prueba no obtuvo respuestas útiles, así que todavía no dice nada sobre su router; normalmente se debe a la conexión o al servidor, no a su router.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="107"/>
        <source>Your router changed calls sent over UDP, the usual way phones connect.</source>
        <translation>Su router modificó las llamadas enviadas por UDP, la forma habitual en que se conectan los teléfonos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="112"/>
        <source>Your router changed calls sent over %s.</source>
        <translation>Su router modificó las llamadas enviadas por %s.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="119"/>
        <source>Calls sent over UDP, the usual way phones connect, passed unchanged.</source>
        <translation>Las llamadas enviadas por UDP, la forma habitual en que se conectan los teléfonos, pasaron sin cambios.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="124"/>
        <source>Calls over %s passed unchanged.</source>
        <translation>Las llamadas por %s pasaron sin cambios.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="129"/>
        <source>Calls sent over UDP, the usual way phones connect, were swallowed.</source>
        <translation>Las llamadas enviadas por UDP, la forma habitual en que se conectan los teléfonos, se bloquearon.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="134"/>
        <source>Calls over %s were swallowed.</source>
        <translation>Las llamadas por %s se bloquearon.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="139"/>
        <source>Calls sent over UDP, the usual way phones connect, got no answer.</source>
        <translation>Las llamadas enviadas por UDP, la forma habitual en que se conectan los teléfonos, no obtuvieron respuesta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="144"/>
        <source>Calls over %s got no answer.</source>
        <translation>Las llamadas por %s no obtuvieron respuesta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="165"/>
        <source>Switch the SIP ALG off: “Show me how to switch it off” shows how.</source>
        <translation>Desactive el SIP ALG: «Muéstreme cómo desactivarlo» le indica cómo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="185"/>
        <source>Nothing to change on your router. If calls still misbehave, save a report and send it to your provider.</source>
        <translation>No hay nada que cambiar en su router. Si las llamadas siguen fallando, guarde un informe y envíelo a su proveedor.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="209"/>
        <source>%s and %s</source>
        <translation>%s y %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="223"/>
        <source>SIP ALG Doctor found that my router rewrites SIP messages sent over %s (a SIP ALG). I am switching it off; if the problem stays, please check a call trace.</source>
        <translation>SIP ALG Doctor ha detectado que mi router reescribe los mensajes SIP enviados por %s (un SIP ALG). Voy a desactivarlo; si el problema continúa, revisen una traza de llamada, por favor.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="229"/>
        <source>SIP ALG Doctor found that SIP messages over %s to port %s are dropped on my connection, while another port works. Can my phones use another port or SIP over TLS?</source>
        <translation>SIP ALG Doctor ha detectado que en mi conexión se descartan los mensajes SIP por %s al puerto %s, mientras que otro puerto funciona. ¿Pueden mis teléfonos usar otro puerto o SIP sobre TLS?</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="237"/>
        <source>SIP ALG Doctor found no SIP ALG on my connection: SIP messages pass unchanged.</source>
        <translation>SIP ALG Doctor no ha encontrado ningún SIP ALG en mi conexión: los mensajes SIP pasan sin cambios.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="242"/>
        <source>Still, I have this problem: %s. Please check a call trace.</source>
        <translation>Aun así, tengo este problema: %s. Revisen una traza de llamada, por favor.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="246"/>
        <source>SIP ALG Doctor could not get an answer from its test server, so it could not check my connection for a SIP ALG yet.</source>
        <translation>SIP ALG Doctor no ha obtenido respuesta de su servidor de prueba, así que todavía no ha podido comprobar si mi conexión tiene un SIP ALG.</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../app/ui/pages/results.py" line="73"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="74"/>
        <source>What the test found, and what to do next.</source>
        <translation>Lo que encontró la prueba y qué hacer a continuación.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="87"/>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="89"/>
        <source>What it means</source>
        <translation>Qué significa</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="91"/>
        <source>What happened to each kind of call</source>
        <translation>Qué pasó con cada tipo de llamada</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="93"/>
        <source>What&apos;s this? SIP, ALG, UDP and TCP explained</source>
        <translation>¿Qué es esto? SIP, ALG, UDP y TCP explicados</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="100"/>
        <source>The server tested</source>
        <translation>El servidor probado</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="103"/>
        <source>What to do next</source>
        <translation>Qué hacer a continuación</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="105"/>
        <source>Another way on</source>
        <translation>Otra salida</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="125"/>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="129"/>
        <source>What&apos;s this? The words in the steps explained</source>
        <translation>¿Qué es esto? Las palabras de los pasos explicadas</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="138"/>
        <source>What to tell your provider</source>
        <translation>Qué decirle a su proveedor</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="139"/>
        <location filename="../../app/ui/pages/results.py" line="207"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="140"/>
        <source>Copy what to tell your provider</source>
        <translation>Copiar lo que debe decirle a su proveedor</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="147"/>
        <location filename="../../app/ui/pages/results.py" line="211"/>
        <source>What your router changed — for your provider</source>
        <translation>Lo que cambió su router — para su proveedor</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="153"/>
        <source>Details of what was found</source>
        <translation>Detalles de lo encontrado</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="191"/>
        <source>How sure we are: %s</source>
        <translation>Grado de seguridad: %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="213"/>
        <source>Details — for your provider</source>
        <translation>Detalles — para su proveedor</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="264"/>
        <source>Show me how to &amp;switch it off</source>
        <translation>Muéstreme cómo &amp;desactivarlo</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="267"/>
        <source>&amp;Try again</source>
        <translation>&amp;Volver a intentarlo</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="268"/>
        <source>Use another se&amp;rver</source>
        <translation>Usar otro se&amp;rvidor</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="270"/>
        <source>Run the &amp;idle-connection test</source>
        <translation>Hacer la prueba de conexión &amp;inactiva</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="271"/>
        <location filename="../../app/ui/pages/results.py" line="273"/>
        <source>Save a re&amp;port</source>
        <translation>Guardar un in&amp;forme</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="285"/>
        <source>Tests again whether your router forgets a quiet phone connection, which stops phones from ringing. Adds a few minutes.</source>
        <translation>Vuelve a comprobar si su router olvida una conexión telefónica en silencio, lo que hace que los teléfonos no suenen. Añade unos minutos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="308"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>RouterPage</name>
    <message>
        <location filename="../../app/ui/pages/router.py" line="24"/>
        <source>Your router</source>
        <translation>Su router</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/router.py" line="26"/>
        <source>Pick the router (or firewall) that connects you to the internet.</source>
        <translation>Elija el router (o cortafuegos) que le conecta a internet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/router.py" line="30"/>
        <source>Identified router</source>
        <translation>Router identificado</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/router.py" line="52"/>
        <source>We recognised your router (&lt;b&gt;%s&lt;/b&gt;), but there is no guide for it yet, so “Not listed / I don&apos;t know” is chosen: its steps work on any router.</source>
        <translation>Hemos reconocido su router (&lt;b&gt;%s&lt;/b&gt;), pero todavía no hay una guía para él, así que se ha elegido «No está en la lista / No lo sé»: sus pasos sirven para cualquier router.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/router.py" line="56"/>
        <source>see below</source>
        <translation>vea abajo</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/router.py" line="60"/>
        <source>We think your router is a &lt;b&gt;%s&lt;/b&gt;.</source>
        <translation>Creemos que su router es un &lt;b&gt;%s&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/router.py" line="61"/>
        <source>How we know:</source>
        <translation>Cómo lo sabemos:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/router.py" line="63"/>
        <source>If that is wrong, search for yours below.</source>
        <translation>Si no es correcto, busque el suyo abajo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/router.py" line="70"/>
        <source>We could not tell which router you have. Search for it below, or go on with “Not listed / I don&apos;t know”: its steps work on any router.</source>
        <translation>No hemos podido saber qué router tiene. Búsquelo abajo o continúe con «No está en la lista / No lo sé»: sus pasos sirven para cualquier router.</translation>
    </message>
</context>
<context>
    <name>RouterPicker</name>
    <message>
        <location filename="../../app/ui/router_picker.py" line="105"/>
        <source>Type a brand or model, e.g. TP-Link Archer</source>
        <translation>Escriba una marca o modelo, p. ej. TP-Link Archer</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="106"/>
        <source>Search for your router</source>
        <translation>Busque su router</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="108"/>
        <source>Type to search; the arrow keys move through the routers below.</source>
        <translation>Escriba para buscar; las flechas del teclado recorren los routers de abajo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="113"/>
        <source>About the search</source>
        <translation>Acerca de la búsqueda</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="116"/>
        <source>Routers</source>
        <translation>Routers</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="119"/>
        <source>Grouped by kind. The first entry, Not listed / I don&apos;t know, gives steps that work on any router.</source>
        <translation>Agrupados por tipo. La primera opción, No está en la lista / No lo sé, da pasos que sirven para cualquier router.</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="185"/>
        <source>Not in the list? Choose “Not listed / I don&apos;t know” at the top.</source>
        <translation>¿No está en la lista? Elija «No está en la lista / No lo sé» arriba del todo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="197"/>
        <source>“%s” does not name a brand or model (they are printed on the router&apos;s label).</source>
        <translation>«%s» no es una marca ni un modelo (vienen impresos en la etiqueta del router).</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="204"/>
        <source>%s has no guide of its own yet, and the steps for the maker&apos;s other products do not apply to it.</source>
        <translation>%s todavía no tiene guía propia, y los pasos de otros productos del fabricante no sirven para él.</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="210"/>
        <source>No guide matches “%s”.</source>
        <translation>Ninguna guía coincide con «%s».</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="214"/>
        <source>“Not listed / I don&apos;t know” is chosen: its steps work on any router.</source>
        <translation>Se ha elegido «No está en la lista / No lo sé»: sus pasos sirven para cualquier router.</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="222"/>
        <source>Not listed / I don&apos;t know</source>
        <translation>No está en la lista / No lo sé</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="224"/>
        <source>General steps that work on any router</source>
        <translation>Pasos generales que sirven para cualquier router</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="229"/>
        <source>Home routers</source>
        <translation>Routers domésticos</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="230"/>
        <source>Boxes from your internet provider</source>
        <translation>Aparatos de su proveedor de internet</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="231"/>
        <source>Mesh Wi-Fi</source>
        <translation>Wi-Fi en malla (mesh)</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="232"/>
        <source>Mobile internet (4G/5G) routers</source>
        <translation>Routers de internet móvil (4G/5G)</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="233"/>
        <source>Business routers and firewalls</source>
        <translation>Routers y cortafuegos para empresas</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="234"/>
        <source>Other routers</source>
        <translation>Otros routers</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="254"/>
        <source>Group: %s</source>
        <translation>Grupo: %s</translation>
    </message>
</context>
<context>
    <name>ServerWords</name>
    <message>
        <location filename="../../app/ui/words.py" line="49"/>
        <location filename="../../app/ui/words.py" line="53"/>
        <source>Tested against %s.</source>
        <translation>Probado con %s.</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="55"/>
        <source>Tested against %s (%s).</source>
        <translation>Probado con %s (%s).</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="60"/>
        <source>No answer from: %s.</source>
        <translation>Sin respuesta de: %s.</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="73"/>
        <source>Who provides your phone service?</source>
        <translation>¿Quién le da el servicio telefónico?</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="76"/>
        <source>The test messages go to this server and back. Not sure? “I don&apos;t know” works too.</source>
        <translation>Los mensajes de prueba van a este servidor y vuelven. ¿No está seguro? «No lo sé» también sirve.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="86"/>
        <source>Test against your provider&apos;s test server</source>
        <translation>Probar contra el servidor de pruebas de su proveedor</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="88"/>
        <source>My provider is:</source>
        <translation>Mi proveedor es:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="89"/>
        <source>Choose my provider from the list</source>
        <translation>Elegir mi proveedor de la lista</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="92"/>
        <source>The server in my phone&apos;s settings:</source>
        <translation>El servidor de la configuración de mi teléfono:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="93"/>
        <source>Test against the server in my phone&apos;s settings</source>
        <translation>Probar contra el servidor de la configuración de mi teléfono</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="95"/>
        <source>e.g. sip.myprovider.com</source>
        <translation>p. ej. sip.miproveedor.com</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="96"/>
        <source>SIP server from my phone&apos;s settings</source>
        <translation>Servidor SIP de la configuración de mi teléfono</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="99"/>
        <source>Problem with the address</source>
        <translation>Problema con la dirección</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="102"/>
        <source>The &apos;SIP server&apos;, &apos;domain&apos;, &apos;registrar&apos; or &apos;proxy&apos; in your phone&apos;s or adapter&apos;s account settings.</source>
        <translation>El «servidor SIP», «dominio», «registrar» o «proxy» de la configuración de la cuenta de su teléfono o adaptador.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="107"/>
        <source>I don&apos;t know</source>
        <translation>No lo sé</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="108"/>
        <source>I don&apos;t know my provider&apos;s server</source>
        <translation>No sé el servidor de mi proveedor</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="112"/>
        <source>Advanced: a SIP ALG Doctor test server</source>
        <translation>Avanzado: un servidor de pruebas de SIP ALG Doctor</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="113"/>
        <source>Show the test server option</source>
        <translation>Mostrar la opción de servidor de pruebas</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="118"/>
        <source>A SIP ALG Doctor test server:</source>
        <translation>Un servidor de pruebas de SIP ALG Doctor:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="120"/>
        <source>Test against a SIP ALG Doctor test server</source>
        <translation>Probar contra un servidor de pruebas de SIP ALG Doctor</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="123"/>
        <source>e.g. reflector.myprovider.com</source>
        <translation>p. ej. reflector.miproveedor.com</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="124"/>
        <source>Test server address</source>
        <translation>Dirección del servidor de pruebas</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="127"/>
        <source>Problem with the test server address</source>
        <translation>Problema con la dirección del servidor de pruebas</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="130"/>
        <source>Your provider&apos;s support may give you one. It sees exactly what your router changes, in both directions.</source>
        <translation>Puede que el soporte de su proveedor le facilite uno. Ve exactamente lo que cambia su router, en ambos sentidos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="141"/>
        <source>Also measure how long my router keeps idle phone connections open (adds a few minutes)</source>
        <translation>Medir también cuánto tiempo mantiene mi router abiertas las conexiones telefónicas inactivas (añade unos minutos)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="145"/>
        <source>Measure connection lifetime</source>
        <translation>Medir la duración de la conexión</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="147"/>
        <source>What will be contacted</source>
        <translation>Qué se va a contactar</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="207"/>
        <source>Your provider&apos;s test server (%s)</source>
        <translation>El servidor de pruebas de su proveedor (%s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="209"/>
        <source>Your provider&apos;s server (%s)</source>
        <translation>El servidor de su proveedor (%s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="216"/>
        <source>What this cannot check:</source>
        <translation>Lo que esto no puede comprobar:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="290"/>
        <source>We will send a few harmless test messages (SIP OPTIONS) to %s.</source>
        <translation>Enviaremos unos cuantos mensajes de prueba inofensivos (SIP OPTIONS) a %s.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="292"/>
        <source>We will send a few test calls to the SIP ALG Doctor test server %s, which sends back exactly what arrived.</source>
        <translation>Enviaremos unas cuantas llamadas de prueba al servidor de pruebas de SIP ALG Doctor %s, que devuelve exactamente lo que le llegó.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="301"/>
        <source>Choose your provider in the list, or one of the other ways.</source>
        <translation>Elija su proveedor en la lista o use una de las otras opciones.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="305"/>
        <source>%s publishes no server we can test. Enter the server from your phone&apos;s settings, or choose “I don&apos;t know”.</source>
        <translation>%s no publica ningún servidor que podamos probar. Introduzca el servidor de la configuración de su teléfono o elija «No lo sé».</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="308"/>
        <source>%s&apos;s server %s</source>
        <translation>Servidor de %s: %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="313"/>
        <source>We will send a few harmless test messages (SIP OPTIONS) to public SIP services such as %s, one after the other until one answers.</source>
        <translation>Enviaremos unos cuantos mensajes de prueba inofensivos (SIP OPTIONS) a servicios SIP públicos como %s, uno tras otro hasta que uno responda.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="319"/>
        <source>Enter the server from your phone&apos;s settings.</source>
        <translation>Introduzca el servidor de la configuración de su teléfono.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="322"/>
        <source>Enter the test server&apos;s address.</source>
        <translation>Introduzca la dirección del servidor de pruebas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="336"/>
        <source>Please check the address: %s</source>
        <translation>Compruebe la dirección: %s</translation>
    </message>
</context>
<context>
    <name>Symptoms</name>
    <message>
        <location filename="../../app/diagnosis/symptoms.py" line="38"/>
        <source>One-way audio</source>
        <translation>Audio en un solo sentido</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/symptoms.py" line="39"/>
        <source>You can hear them but they cannot hear you, or the other way round.</source>
        <translation>Usted oye a la otra persona pero ella no le oye, o al revés.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/symptoms.py" line="45"/>
        <source>Calls drop about 30 seconds after answering</source>
        <translation>Las llamadas se cortan unos 30 segundos después de contestar</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/symptoms.py" line="46"/>
        <source>The call connects, then cuts off after roughly half a minute.</source>
        <translation>La llamada se conecta y luego se corta al cabo de medio minuto más o menos.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/symptoms.py" line="52"/>
        <source>The phone does not ring</source>
        <translation>El teléfono no suena</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/symptoms.py" line="53"/>
        <source>People say they called, but your phone never rang.</source>
        <translation>Le dicen que le han llamado, pero su teléfono nunca sonó.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/symptoms.py" line="57"/>
        <source>Calls go straight to voicemail</source>
        <translation>Las llamadas van directamente al buzón de voz</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/symptoms.py" line="58"/>
        <source>Callers reach your voicemail without your phone ringing.</source>
        <translation>Quien llama llega a su buzón de voz sin que suene su teléfono.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/symptoms.py" line="62"/>
        <source>The phone keeps losing registration</source>
        <translation>El teléfono pierde el registro una y otra vez</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/symptoms.py" line="63"/>
        <source>The phone shows &apos;not registered&apos; or &apos;no service&apos; now and then.</source>
        <translation>El teléfono muestra «no registrado» o «sin servicio» de vez en cuando.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/symptoms.py" line="69"/>
        <source>Choppy or robotic audio</source>
        <translation>Audio entrecortado o robótico</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/symptoms.py" line="70"/>
        <source>Voices break up, stutter or sound metallic.</source>
        <translation>Las voces se cortan, tartamudean o suenan metálicas.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/symptoms.py" line="74"/>
        <source>Not sure</source>
        <translation>No estoy seguro</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/symptoms.py" line="75"/>
        <source>Something is wrong with calls but it is hard to describe.</source>
        <translation>Algo falla en las llamadas, pero es difícil de describir.</translation>
    </message>
</context>
<context>
    <name>SymptomsPage</name>
    <message>
        <location filename="../../app/ui/pages/symptoms.py" line="16"/>
        <source>What happens with your calls?</source>
        <translation>¿Qué pasa con sus llamadas?</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/symptoms.py" line="19"/>
        <source>Tick everything that sounds familiar. This is optional; it helps explain the results.</source>
        <translation>Marque todo lo que le suene. Es opcional; ayuda a explicar los resultados.</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="59"/>
        <source>Did it work?</source>
        <translation>¿Ha funcionado?</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="60"/>
        <source>Run the same test again now that the setting is changed.</source>
        <translation>Vuelva a hacer la misma prueba ahora que ha cambiado el ajuste.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="63"/>
        <location filename="../../app/ui/pages/verify.py" line="194"/>
        <location filename="../../app/ui/pages/verify.py" line="262"/>
        <location filename="../../app/ui/pages/verify.py" line="306"/>
        <source>&amp;Test again</source>
        <translation>&amp;Probar de nuevo</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="64"/>
        <source>Test again</source>
        <translation>Probar de nuevo</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="66"/>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="70"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="79"/>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="79"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="79"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="81"/>
        <source>Before and after</source>
        <translation>Antes y después</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="90"/>
        <source>The same header before and after</source>
        <translation>La misma cabecera antes y después</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="119"/>
        <source>Make sure you saved the change and restarted the router. Then press Test again; if the internet is not back yet, the test waits for it.</source>
        <translation>Asegúrese de haber guardado el cambio y reiniciado el router. Luego pulse Probar de nuevo; si internet aún no ha vuelto, la prueba lo esperará.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/pages/verify.py" line="244"/>
        <source>No answer yet: your internet connection is probably still coming back after the restart. Testing again in %n s…</source>
        <translation>
            <numerusform>Aún no hay respuesta: probablemente su conexión a internet se está recuperando tras el reinicio. Se probará de nuevo en %n s…</numerusform>
            <numerusform>Aún no hay respuesta: probablemente su conexión a internet se está recuperando tras el reinicio. Se probará de nuevo en %n s…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="252"/>
        <source>%v s</source>
        <translation>%v s</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="262"/>
        <source>&amp;Test now</source>
        <translation>Probar a&amp;hora</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="298"/>
        <source>The second test could not run. Check that the internet works again after the restart, then try again.</source>
        <translation>No se pudo hacer la segunda prueba. Compruebe que internet vuelve a funcionar tras el reinicio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="333"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="342"/>
        <source>Calls over %s</source>
        <translation>Llamadas por %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="376"/>
        <source>Press Next to save a report of before and after, for your records or your provider.</source>
        <translation>Pulse Siguiente para guardar un informe del antes y el después, para usted o para su proveedor.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="380"/>
        <source>When you have checked the points above, press Test again; or press Next to save a report for your provider.</source>
        <translation>Cuando haya comprobado los puntos anteriores, pulse Probar de nuevo; o pulse Siguiente para guardar un informe para su proveedor.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="390"/>
        <source>Fixed! Your calls now pass through unchanged. Restart your phones so they register again, then make a test call.</source>
        <translation>¡Solucionado! Sus llamadas ya pasan sin cambios. Reinicie sus teléfonos para que se vuelvan a registrar y haga una llamada de prueba.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="396"/>
        <source>The test was stopped before it finished. Run it again.</source>
        <translation>La prueba se detuvo antes de terminar. Vuelva a hacerla.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="401"/>
        <source>Still no answer after waiting %d seconds. Check that the internet works again (open any web page). If it does not, the router may still be starting: wait a little, then press Test again.</source>
        <translation>Sigue sin haber respuesta tras esperar %d segundos. Compruebe que internet vuelve a funcionar (abra cualquier página web). Si no funciona, puede que el router aún se esté iniciando: espere un poco y pulse Probar de nuevo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="410"/>
        <source>No answer from the test server. Check that the internet works again, then press Test again.</source>
        <translation>No hay respuesta del servidor de pruebas. Compruebe que internet vuelve a funcionar y pulse Probar de nuevo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="418"/>
        <source>We could not reach the test server this time. Wait until the router has fully restarted, then test again.</source>
        <translation>Esta vez no hemos podido contactar con el servidor de pruebas. Espere a que el router se haya reiniciado del todo y vuelva a probar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="424"/>
        <source>Not fixed yet. %s</source>
        <translation>Aún no está solucionado. %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="430"/>
        <source>Was the change saved, and did the router really restart? If in doubt, unplug it for ten seconds: some routers keep rewriting calls they already know until then.</source>
        <translation>¿Se guardó el cambio y se reinició de verdad el router? Si tiene dudas, desenchúfelo diez segundos: algunos routers siguen reescribiendo las llamadas que ya conocen hasta entonces.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="439"/>
        <source>Is there a second setting? On this router it may also be called: %s.</source>
        <translation>¿Hay un segundo ajuste? En este router también puede llamarse: %s.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="445"/>
        <source>Is there a second setting? Some routers have the switch in more than one place (look through the firewall and NAT pages too).</source>
        <translation>¿Hay un segundo ajuste? Algunos routers tienen el interruptor en más de un sitio (revise también las páginas del cortafuegos y de NAT).</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="454"/>
        <source>Is there a box from your internet provider in front of your router? The test saw another router at %s between yours and the internet; its SIP ALG must be switched off too (or it must be put in bridge mode).</source>
        <translation>¿Hay un aparato de su proveedor de internet delante de su router? La prueba detectó otro router en %s entre el suyo e internet; también hay que desactivar su SIP ALG (o ponerlo en modo puente).</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="463"/>
        <source>Is there a box from your internet provider (a modem or fibre box) in front of your router? It can have a SIP ALG of its own.</source>
        <translation>¿Hay un aparato de su proveedor de internet (un módem o un equipo de fibra) delante de su router? Puede tener su propio SIP ALG.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="472"/>
        <source>If the setting cannot be switched off, use one of the workarounds on the previous page.</source>
        <translation>Si el ajuste no se puede desactivar, use una de las alternativas de la página anterior.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="476"/>
        <source>What to check next:</source>
        <translation>Qué comprobar a continuación:</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../app/ui/pages/welcome.py" line="14"/>
        <source>Let&apos;s find out what is breaking your calls</source>
        <translation>Averigüemos qué está estropeando sus llamadas</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/welcome.py" line="15"/>
        <source>Two minutes, no technical knowledge needed.</source>
        <translation>Dos minutos, sin necesidad de conocimientos técnicos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/welcome.py" line="20"/>
        <source>Many routers have a &apos;SIP ALG&apos; that rewrites phone-call messages as they pass and causes one-way audio, dropped calls or phones that never ring. This tool sends a few test calls through your connection, shows exactly what your router changed, and tells you how to switch the ALG off on your router.</source>
        <translation>Muchos routers tienen un «SIP ALG» que reescribe los mensajes de las llamadas a su paso y provoca audio en un solo sentido, llamadas cortadas o teléfonos que nunca suenan. Esta herramienta envía unas cuantas llamadas de prueba a través de su conexión, muestra exactamente qué ha cambiado su router y le explica cómo desactivar el ALG en su router.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/welcome.py" line="30"/>
        <source>What is sent: a few SIP test messages containing this computer&apos;s local network address, to the server you choose on the next pages (your VoIP provider&apos;s server or a SIP ALG Doctor test server), and standard questions to your own router. No passwords, no recordings, no personal data. The report stays on this computer unless you decide to share it.</source>
        <translation>Qué se envía: unos cuantos mensajes SIP de prueba con la dirección de red local de este ordenador, al servidor que elija en las páginas siguientes (el servidor de su proveedor VoIP o un servidor de pruebas de SIP ALG Doctor), y consultas estándar a su propio router. Sin contraseñas, sin grabaciones, sin datos personales. El informe se queda en este ordenador a menos que decida compartirlo.</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../app/core/vocabulary.py" line="21"/>
        <source>SIP ALG DETECTED</source>
        <translation>SIP ALG DETECTADO</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="22"/>
        <source>NO SIP ALG DETECTED</source>
        <translation>NO SE HA DETECTADO SIP ALG</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="23"/>
        <source>SIP BLOCKED</source>
        <translation>SIP BLOQUEADO</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="24"/>
        <source>INCONCLUSIVE</source>
        <translation>NO CONCLUYENTE</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="30"/>
        <source>A SIP ALG is changing your calls</source>
        <translation>Un SIP ALG está modificando sus llamadas</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="31"/>
        <source>Calls on the standard SIP port are blocked</source>
        <translation>Las llamadas en el puerto SIP estándar están bloqueadas</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="34"/>
        <source>No SIP ALG found</source>
        <translation>No se ha encontrado ningún SIP ALG</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="35"/>
        <source>Inconclusive: we could not tell</source>
        <translation>No concluyente: no hemos podido saberlo</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="40"/>
        <source>✗ SIP ALG found</source>
        <translation>✗ SIP ALG encontrado</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="41"/>
        <source>✗ SIP blocked</source>
        <translation>✗ SIP bloqueado</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="42"/>
        <source>✓ no SIP ALG</source>
        <translation>✓ sin SIP ALG</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="43"/>
        <location filename="../../app/core/vocabulary.py" line="62"/>
        <source>? no answer</source>
        <translation>? sin respuesta</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="49"/>
        <source>clean (arrived and came back unchanged)</source>
        <translation>limpio (llegó y volvió sin cambios)</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="50"/>
        <source>modified (rewritten on the way)</source>
        <translation>modificado (reescrito por el camino)</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="51"/>
        <source>dropped (the SIP port swallowed it, another port got through)</source>
        <translation>descartado (el puerto SIP lo bloqueó; otro puerto pasó)</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="54"/>
        <source>no usable answer</source>
        <translation>sin respuesta útil</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="59"/>
        <source>✓ unchanged</source>
        <translation>✓ sin cambios</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="60"/>
        <source>✗ changed</source>
        <translation>✗ cambiado</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="61"/>
        <source>✗ blocked</source>
        <translation>✗ bloqueado</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="68"/>
        <source>very sure</source>
        <translation>muy seguro</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="69"/>
        <source>fairly sure</source>
        <translation>bastante seguro</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="70"/>
        <source>not sure</source>
        <translation>poco seguro</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="75"/>
        <source>reflector</source>
        <translation>reflector</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="76"/>
        <source>SIP server</source>
        <translation>servidor SIP</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="84"/>
        <source>If switching the SIP ALG off does not help, look in your router&apos;s firewall settings for a rule that blocks port %s, and remove or allow it.</source>
        <translation>Si desactivar el SIP ALG no ayuda, busque en la configuración del cortafuegos de su router una regla que bloquee el puerto %s y elimínela o permita el tráfico.</translation>
    </message>
</context>
</TS>
