# cunjing — the village poster (Mongolian, traditional script)
# machine-drafted: pending review by a native speaker — 机器草拟，待母语审校
# Plain text: drawn into an image with the bundled Mongolian font (digits are drawn as Mongolian digits).

poster-title = ᠲᠣᠰᠣᠭᠠᠨ ᠤ ᠴᠠᠭᠳᠠᠭ᠎ᠠ ᠶᠢᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ
poster-station = { $station }
poster-scan = ᠤᠲᠠᠰᠤ ᠪᠠᠷ ᠰᠢᠷᠪᠢᠵᠦ ᠣᠷᠣᠭᠠᠷᠠᠢ
poster-scan-note = ᠪᠠᠭᠤᠯᠭᠠᠬᠤ᠂ ᠪᠦᠷᠢᠳᠬᠡᠬᠦ ᠬᠡᠷᠡᠭ ᠦᠭᠡᠢ
poster-can-services = ᠬᠡᠷᠡᠭ ᠪᠠᠷᠢᠬᠤ ᠠᠰᠠᠭᠤᠯᠲᠠ
poster-can-scam = ᠵᠠᠯᠢᠯᠠᠭ᠎ᠠ ᠶᠢ ᠰᠢᠯᠭᠠᠬᠤ
poster-can-report = ᠮᠡᠳᠡᠭᠳᠡᠯ ᠥᠭᠬᠦ
poster-can-officer = ᠭᠠᠴᠠᠭ᠎ᠠ ᠶᠢᠨ ᠴᠠᠭᠳᠠᠭ᠎ᠠ
poster-officer = { $officer } { $phone }
poster-telegram = Telegram
poster-emergency = ᠶᠠᠭᠠᠷᠠᠯᠲᠠᠢ ᠦᠶᠡᠰ 110
