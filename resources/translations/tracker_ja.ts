<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Cannot open the database</source>
        <translation>データベースを開けません</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Contract Deadline Tracker.

%1

Update the application, or choose another database with --db.</source>
        <translation>このデータベースは新しいバージョンの契約期限トラッカーで作成されています。

%1

アプリケーションを更新するか、--db で別のデータベースを指定してください。</translation>
    </message>
    <message>
        <source>%1

Location: %2</source>
        <translation>%1

場所: %2</translation>
    </message>
    <message>
        <source>default</source>
        <translation>既定</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>ようこそ</translation>
    </message>
    <message>
        <source>Your contract list is empty. Load the sample contracts to see how deadlines, the calendar and reminders work? You can remove them at any time.</source>
        <translation>契約一覧は空です。サンプル契約を読み込んで、期限・カレンダー・リマインダーの動きを確かめますか?サンプルはいつでも削除できます。</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Reopen</source>
        <translation>未対応に戻す</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>完了にする</translation>
    </message>
    <message numerus="yes">
        <source>Deadlines on %1: %n</source>
        <translation>
            <numerusform>%1 の期限: %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>No deadlines on %1</source>
        <translation>%1 の期限はありません</translation>
    </message>
    <message numerus="yes">
        <source>Week of %1 – %2: %n deadline(s)</source>
        <translation>
            <numerusform>%1 〜 %2 の週: 期限 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Next %1 days</source>
        <translation>今後 %1 日間</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>期限超過 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>前へ</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>週</translation>
    </message>
    <message>
        <source>Show today&apos;s month and its deadlines</source>
        <translation>今月と今日の期限を表示</translation>
    </message>
</context>
<context>
    <name>ContractListModel</name>
    <message>
        <source>No start date: enter the date you accepted these terms</source>
        <translation>開始日なし：この規約に同意した日を入力してください</translation>
    </message>
    <message>
        <source>No start date: enter the date the contract started</source>
        <translation>開始日なし：契約の開始日を入力してください</translation>
    </message>
    <message>
        <source>Confirm the facts read from the text</source>
        <translation>本文から読み取った事項を確認してください</translation>
    </message>
    <message>
        <source>Counted from facts read from the text: confirm them to make this date firm</source>
        <translation>本文から読み取った事項による日付です。確認すると確定します</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>契約</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>相手方</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>次の期限</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Duties confirmed</source>
        <translation>確認済みの義務</translation>
    </message>
    <message>
        <source>Needs you</source>
        <translation>要対応</translation>
    </message>
</context>
<context>
    <name>ContractView</name>
    <message>
        <source>← Contracts</source>
        <translation>← 契約一覧</translation>
    </message>
    <message>
        <source>Back to the contract list (Alt+Left)</source>
        <translation>契約一覧に戻る (Alt+←)</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>Add from selected text…</source>
        <translation>選択した文から追加…</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>義務</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Someone else saved this contract&apos;s facts after you opened them.</source>
        <translation>この契約の情報は、開いた後に他の人が保存しました。</translation>
    </message>
    <message>
        <source>Reload shows their version and drops your edits; Overwrite saves yours over theirs.</source>
        <translation>「再読み込み」は相手の内容を表示し、あなたの編集を破棄します。「上書き」はあなたの内容で上書き保存します。</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>上書き</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>完了にする</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Our role: %1</source>
        <translation>当方の立場: %1</translation>
    </message>
    <message>
        <source>Select a deadline to see why it falls on its day.</source>
        <translation>期限を選ぶと、その日付になる理由が表示されます。</translation>
    </message>
    <message>
        <source>Moved from %1</source>
        <translation>%1 から変更</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>未対応に戻す</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>他で変更されました</translation>
    </message>
    <message>
        <source>This duty was changed by someone else. The view now shows the current version.</source>
        <translation>この義務は他のユーザーによって変更されました。最新の内容を表示しています。</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>保存できませんでした</translation>
    </message>
    <message>
        <source>Add a duty</source>
        <translation>義務を追加</translation>
    </message>
    <message>
        <source>First select the clause&apos;s words in the contract text.</source>
        <translation>先に契約本文で該当する条項の文言を選択してください。</translation>
    </message>
    <message>
        <source>Counterparty:</source>
        <translation>相手方:</translation>
    </message>
    <message>
        <source>Our role:</source>
        <translation>当方の立場:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>開始日:</translation>
    </message>
    <message>
        <source>End of the initial term:</source>
        <translation>当初期間の満了日:</translation>
    </message>
    <message>
        <source>Initial term:</source>
        <translation>当初期間:</translation>
    </message>
    <message>
        <source>Renewal term:</source>
        <translation>更新期間:</translation>
    </message>
    <message>
        <source>Renewal notice (before expiry):</source>
        <translation>更新拒絶の通知(満了前):</translation>
    </message>
    <message>
        <source>Minimum term:</source>
        <translation>最低利用期間:</translation>
    </message>
    <message>
        <source>no automatic renewal</source>
        <translation>自動更新なし</translation>
    </message>
    <message>
        <source>Read from the text</source>
        <translation>本文から読み取った事項</translation>
    </message>
    <message>
        <source>Confirm these facts</source>
        <translation>これらの事項を確認</translation>
    </message>
    <message>
        <source>Enter the date</source>
        <translation>日付を入力</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>第%1条</translation>
    </message>
    <message>
        <source>clause</source>
        <translation>条項</translation>
    </message>
</context>
<context>
    <name>ContractsPage</name>
    <message>
        <source>Search title, counterparty, notes</source>
        <translation>件名・相手方・メモを検索</translation>
    </message>
    <message>
        <source>Needs you</source>
        <translation>要対応</translation>
    </message>
    <message>
        <source>Only the contracts that need a date or a confirmation</source>
        <translation>日付の入力または確認が必要な契約のみ</translation>
    </message>
    <message>
        <source>Confirm facts</source>
        <translation>事項を確認</translation>
    </message>
    <message>
        <source>Confirm the dates, terms and parties read from the text of the selected contracts</source>
        <translation>選択した契約の本文から読み取った日付・期間・当事者を確認します</translation>
    </message>
    <message>
        <source>No contracts yet. Drop contract files or a folder on this window, or use File › Import.</source>
        <translation>契約はまだありません。契約書ファイルやフォルダーをこのウィンドウにドロップするか、「ファイル › 取り込み」を使ってください。</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>All counterparties</source>
        <translation>すべての相手方</translation>
    </message>
    <message>
        <source>Any next duty</source>
        <translation>次の義務(すべて)</translation>
    </message>
    <message>
        <source>Contracts: %1</source>
        <translation>契約: %1 件</translation>
    </message>
    <message>
        <source>Contracts: %1 of %2 shown</source>
        <translation>契約: %2 件中 %1 件を表示</translation>
    </message>
    <message>
        <source>Remove contract</source>
        <translation>契約を削除</translation>
    </message>
    <message>
        <source>Remove “%1” with its duties, deadlines and reminders? This cannot be undone.</source>
        <translation>「%1」をその義務・期限・リマインダーとともに削除しますか?元に戻せません。</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>e.g. %1</source>
        <translation>例: %1</translation>
    </message>
    <message>
        <source>Choose from a calendar</source>
        <translation>カレンダーから選ぶ</translation>
    </message>
    <message>
        <source>Type a date: 2025/10/01, 2025-10-01, 令和7年10月1日 or 1 Oct 2025</source>
        <translation>日付を入力: 2025/10/01、2025-10-01、令和7年10月1日 など</translation>
    </message>
</context>
<context>
    <name>DeadlineDetail</name>
    <message>
        <source>Select a deadline to see where it comes from.</source>
        <translation>期限を選ぶと、その根拠となる条項が表示されます。</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>第%1条</translation>
    </message>
    <message>
        <source>Selected deadline</source>
        <translation>選択中の期限</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>期限:</translation>
    </message>
    <message>
        <source>Who acts:</source>
        <translation>対応する当事者:</translation>
    </message>
    <message>
        <source>Why this date:</source>
        <translation>この日付の根拠:</translation>
    </message>
    <message>
        <source>Clause:</source>
        <translation>条項:</translation>
    </message>
    <message>
        <source>Open clause</source>
        <translation>条項を開く</translation>
    </message>
</context>
<context>
    <name>DeadlineFilters</name>
    <message>
        <source>All contracts</source>
        <translation>すべての契約</translation>
    </message>
    <message>
        <source>Con&amp;tract:</source>
        <translation>契約(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Who acts:</source>
        <translation>対応者(&amp;W):</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>すべて</translation>
    </message>
</context>
<context>
    <name>DeadlineModel</name>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>When</source>
        <translation>期限まで</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>契約</translation>
    </message>
    <message>
        <source>Who acts</source>
        <translation>対応する当事者</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>あと %n 日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 日前</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>%1 まで延期</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>推定</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>未対応</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>延期中</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>通知停止</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Articles of the contract; click one to go to it</source>
        <translation>契約の条項。クリックするとその条へ移動します</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>第%1条</translation>
    </message>
    <message>
        <source>(untitled section)</source>
        <translation>(見出しなし)</translation>
    </message>
</context>
<context>
    <name>DutyDialog</name>
    <message>
        <source>Add a duty</source>
        <translation>義務を追加</translation>
    </message>
    <message>
        <source>Edit duty</source>
        <translation>義務を編集</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <source>Who acts:</source>
        <translation>対応する当事者:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期間:</translation>
    </message>
    <message>
        <source>Or without a number:</source>
        <translation>数値のない期限:</translation>
    </message>
    <message>
        <source>From / until:</source>
        <translation>起算点・基準:</translation>
    </message>
    <message>
        <source>Reminders (days before):</source>
        <translation>通知(何日前):</translation>
    </message>
    <message>
        <source>Clause:</source>
        <translation>条項:</translation>
    </message>
    <message>
        <source>no number</source>
        <translation>数値なし</translation>
    </message>
    <message>
        <source>the defaults from Settings, e.g. 90, 60, 30, 7</source>
        <translation>設定の既定値(例: 90, 60, 30, 7)</translation>
    </message>
</context>
<context>
    <name>DutyTableModel</name>
    <message>
        <source>Art. %1</source>
        <translation>第%1条</translation>
    </message>
    <message>
        <source> ¶%1</source>
        <translation>第%1項</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>第%1号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Who acts</source>
        <translation>対応する当事者</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>From / until</source>
        <translation>起算点・基準</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>条項</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>OCR</source>
        <translation>OCR</translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation>手動で追加</translation>
    </message>
    <message>
        <source>Read with %1% confidence</source>
        <translation>読み取りの確度 %1%</translation>
    </message>
    <message>
        <source>Read by OCR from a page image: check its numbers</source>
        <translation>ページ画像から OCR で読み取りました。数字を原本で確かめてください</translation>
    </message>
    <message>
        <source>As read: %1 %2</source>
        <translation>読み取り時: %1 %2</translation>
    </message>
    <message>
        <source>Reminders %1 days before</source>
        <translation>%1 日前に通知</translation>
    </message>
</context>
<context>
    <name>FactsForm</name>
    <message>
        <source>Contract</source>
        <translation>契約</translation>
    </message>
    <message>
        <source>Recorded events</source>
        <translation>記録した出来事</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>件名:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状態:</translation>
    </message>
    <message>
        <source>Business calendar:</source>
        <translation>営業日カレンダー:</translation>
    </message>
    <message>
        <source>Year-end break:</source>
        <translation>年末年始休業:</translation>
    </message>
    <message>
        <source>December 29 – January 3 are holidays</source>
        <translation>12月29日～1月3日を休日とする</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>no automatic renewal</source>
        <translation>自動更新なし</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>FileJob</name>
    <message>
        <source>Writing the report…</source>
        <translation>レポートを作成しています…</translation>
    </message>
    <message>
        <source>Writing the calendar file…</source>
        <translation>カレンダーファイルを書き出しています…</translation>
    </message>
    <message>
        <source>Writing the CSV file…</source>
        <translation>CSV ファイルを書き出しています…</translation>
    </message>
    <message numerus="yes">
        <source>Report saved: %1 (%n page(s))</source>
        <translation>
            <numerusform>レポートを保存しました: %1(%n ページ)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s) exported to %1</source>
        <translation>
            <numerusform>%n 件の期限を %1 に書き出しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s) exported to %1 as CSV</source>
        <translation>
            <numerusform>%n 件の期限を CSV で %1 に書き出しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write the file</source>
        <translation>ファイルを書き込めませんでした</translation>
    </message>
</context>
<context>
    <name>IcsOptionsDialog</name>
    <message>
        <source>Export calendar</source>
        <translation>カレンダーに書き出す</translation>
    </message>
    <message>
        <source>Contracts:</source>
        <translation>契約:</translation>
    </message>
    <message>
        <source>All contracts</source>
        <translation>すべての契約</translation>
    </message>
    <message>
        <source>Only deadlines in a date range</source>
        <translation>期間内の期限だけ</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>開始:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>終了:</translation>
    </message>
    <message>
        <source>Include alarms</source>
        <translation>アラームを含める</translation>
    </message>
    <message>
        <source>Also write reminders as separate all-day events</source>
        <translation>リマインダーを終日の予定としても書き出す</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Importing contracts</source>
        <translation>契約を取り込み中</translation>
    </message>
    <message>
        <source>Reading contracts…</source>
        <translation>契約書を読み込んでいます…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)</source>
        <translation>%1 を取り込み中 (%2 / %3)</translation>
    </message>
    <message>
        <source>Reading the scanned pages (OCR): %1 of %2</source>
        <translation>スキャンしたページを読み取り中（OCR）：%1 / %2</translation>
    </message>
    <message>
        <source>Some files were not imported</source>
        <translation>取り込めなかったファイルがあります</translation>
    </message>
    <message>
        <source>These files could not be read:</source>
        <translation>次のファイルを読み込めませんでした:</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>取り込みに失敗しました</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Contract Deadline Tracker</source>
        <translation>契約期限トラッカー</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>ファイルを取り込む(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>フォルダーを取り込む(&amp;F)…</translation>
    </message>
    <message>
        <source>Load &amp;sample contracts</source>
        <translation>サンプル契約を読み込む(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>書き出し(&amp;E)</translation>
    </message>
    <message>
        <source>Calendar (.ics)…</source>
        <translation>カレンダー (.ics)…</translation>
    </message>
    <message>
        <source>Spreadsheet (.csv)…</source>
        <translation>表計算 (.csv)…</translation>
    </message>
    <message>
        <source>Renewal report as &amp;PDF…</source>
        <translation>更新レポートを PDF で保存(&amp;P)…</translation>
    </message>
    <message>
        <source>Print pre&amp;view of the renewal report…</source>
        <translation>更新レポートの印刷プレビュー(&amp;V)…</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>ファイルを取り込む</translation>
    </message>
    <message>
        <source>Import folder</source>
        <translation>フォルダーを取り込む</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>印刷プレビュー</translation>
    </message>
    <message>
        <source>&amp;Print the renewal report…</source>
        <translation>更新レポートを印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Find contracts</source>
        <translation>契約を検索(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Remove contract…</source>
        <translation>契約を削除(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>最新の情報に更新(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Back to the contract list</source>
        <translation>契約一覧に戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>このアプリについて(&amp;A)</translation>
    </message>
    <message>
        <source>Opening the contracts…</source>
        <translation>契約を読み込んでいます…</translation>
    </message>
    <message>
        <source>&amp;Contracts</source>
        <translation>契約(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;alendar</source>
        <translation>カレンダー(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reminders</source>
        <translation>リマインダー(&amp;R)</translation>
    </message>
    <message>
        <source>Reminders due: %1</source>
        <translation>リマインダー: %1 件</translation>
    </message>
    <message>
        <source>No reminders due</source>
        <translation>リマインダーなし</translation>
    </message>
    <message>
        <source>That contract has been removed.</source>
        <translation>その契約は削除されています。</translation>
    </message>
    <message>
        <source>Import contracts</source>
        <translation>契約を取り込む</translation>
    </message>
    <message>
        <source>Contracts (*.txt *.pdf *.docx *.md *.html *.htm *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>契約書 (*.txt *.pdf *.docx *.md *.html *.htm *.png *.jpg *.jpeg *.tif *.tiff);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Import a folder of contracts</source>
        <translation>契約書のフォルダーを取り込む</translation>
    </message>
    <message>
        <source>Contracts imported: %1</source>
        <translation>取り込んだ契約: %1 件</translation>
    </message>
    <message numerus="yes">
        <source>%n need a date (see Needs you)</source>
        <translation>
            <numerusform>%n 件は日付の入力が必要です（「要対応」を参照）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the tracker (updated, not duplicated)</source>
        <translation>
            <numerusform>%n 件は登録済み（更新のみ、重複なし）</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>バージョン %1</translation>
    </message>
    <message>
        <source>About Contract Deadline Tracker</source>
        <translation>契約期限トラッカーについて</translation>
    </message>
    <message>
        <source>Finds the time-bound duties in your contracts and keeps their deadlines.
Contracts never leave this computer.

Database: %1</source>
        <translation>契約書から期限のある義務を見つけ、その期限を管理します。
契約書がこのコンピューターの外に送られることはありません。

データベース: %1</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>ほか %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <source>OCR: read from the page image</source>
        <translation>OCR：ページ画像から読み取り</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>ほか %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) due</source>
        <translation>
            <numerusform>リマインダー %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Show reminders</source>
        <translation>リマインダーを表示</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message>
        <source>Contract Deadline Tracker keeps running</source>
        <translation>契約期限トラッカーは実行中です</translation>
    </message>
    <message>
        <source>Reminders still arrive here. Choose Quit from the tray icon&apos;s menu to end it.</source>
        <translation>リマインダーは引き続きここに届きます。終了するにはトレイアイコンのメニューから「終了」を選んでください。</translation>
    </message>
    <message numerus="yes">
        <source>Daily digest: %n reminder(s) due</source>
        <translation>
            <numerusform>本日のまとめ: リマインダー %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminder: %1</source>
        <translation>リマインダー: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) due</source>
        <translation>
            <numerusform>リマインダー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contract Deadline Tracker — %n reminder(s) due</source>
        <translation>
            <numerusform>契約期限トラッカー — リマインダー %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Show window</source>
        <translation>ウィンドウを表示</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message numerus="yes">
        <source>%n reminder(s) due</source>
        <translation>
            <numerusform>リマインダー %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>No reminders due. Everything is on track.</source>
        <translation>対応が必要なリマインダーはありません。</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>通知を停止</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>完了にする</translation>
    </message>
    <message>
        <source>Remind me again</source>
        <translation>もう一度知らせる</translation>
    </message>
    <message>
        <source>Snooze until %1</source>
        <translation>%1 まで延期</translation>
    </message>
    <message>
        <source>Dismiss an overdue deadline?</source>
        <translation>期限を過ぎた通知を停止しますか？</translation>
    </message>
    <message>
        <source>%1 for %2 was due on %3 and is not marked done.

Dismissing it stops its reminders; it stays in the printed report under Dismissed. You can undo this with Edit › Undo.</source>
        <translation>「%2」の%1は %3 が期限でしたが、完了になっていません。

通知を停止するとリマインダーは届かなくなります。印刷するレポートには「通知停止」として残り、「編集 › 元に戻す」で取り消せます。</translation>
    </message>
    <message numerus="yes">
        <source>%n snoozed reminder(s)</source>
        <translation>
            <numerusform>延期中のリマインダー %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>No snoozed reminders.</source>
        <translation>延期中のリマインダーはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n dismissed deadline(s)</source>
        <translation>
            <numerusform>通知を停止した期限 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>No dismissed deadlines.</source>
        <translation>通知を停止した期限はありません。</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S):</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>対応が必要</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>延期中</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>通知停止</translation>
    </message>
    <message>
        <source>Dismiss…</source>
        <translation>通知を停止…</translation>
    </message>
    <message>
        <source>Remind me again tomorrow</source>
        <translation>明日もう一度知らせる</translation>
    </message>
    <message>
        <source>Remind me again in a week</source>
        <translation>1週間後にもう一度知らせる</translation>
    </message>
    <message>
        <source>Stop reminding me of this deadline (Edit › Undo)</source>
        <translation>この期限の通知を止める（「編集 › 元に戻す」で取り消せます）</translation>
    </message>
    <message>
        <source>List this deadline among the due reminders again</source>
        <translation>この期限をもう一度リマインダーに表示する</translation>
    </message>
    <message>
        <source>The duty has been carried out</source>
        <translation>義務を履行した</translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <source>Renewal report</source>
        <translation>期限レポート</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>対象期間:</translation>
    </message>
    <message>
        <source>The next %1 days</source>
        <translation>今後%1日間</translation>
    </message>
    <message>
        <source>A date range</source>
        <translation>期間を指定</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>開始:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>終了:</translation>
    </message>
    <message>
        <source>Contracts:</source>
        <translation>契約:</translation>
    </message>
    <message>
        <source>All contracts</source>
        <translation>すべての契約</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>CalDAV password</source>
        <translation>CalDAV のパスワード</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>データベースファイル</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite *.db)</source>
        <translation>SQLite データベース (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Folder for the live calendar file</source>
        <translation>カレンダーファイルを常に更新するフォルダー</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Our company</source>
        <translation>自社</translation>
    </message>
    <message>
        <source>Our company&apos;s names, one per line</source>
        <translation>自社の名称（1行に1つ）</translation>
    </message>
    <message>
        <source>On import, the party with one of these names is us: it sets our role (customer or provider), and the other party becomes the counterparty.</source>
        <translation>取り込み時、これらの名称の当事者を自社とみなし、当方の立場（利用者側・提供者側）を決め、もう一方の当事者を相手方とします。</translation>
    </message>
    <message>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの設定に従う</translation>
    </message>
    <message>
        <source>Remind me (days before):</source>
        <translation>通知する日(何日前):</translation>
    </message>
    <message>
        <source>Days before each deadline, separated by commas.</source>
        <translation>各期限の何日前に通知するかをカンマ区切りで指定します。</translation>
    </message>
    <message>
        <source>Counting backwards:</source>
        <translation>期間の遡り方:</translation>
    </message>
    <message>
        <source>Clear days (Civil Code)</source>
        <translation>中N日を置く(民法の期間計算)</translation>
    </message>
    <message>
        <source>Simple subtraction</source>
        <translation>単純に日数を引く</translation>
    </message>
    <message>
        <source>Business days:</source>
        <translation>営業日カレンダー:</translation>
    </message>
    <message>
        <source>Year-end break (December 29 – January 3) is not a business day</source>
        <translation>年末年始(12月29日～1月3日)を休業日とする</translation>
    </message>
    <message>
        <source>Start at login, minimized to the tray</source>
        <translation>ログイン時にトレイに最小化して起動する</translation>
    </message>
    <message>
        <source>Daily digest of due reminders at</source>
        <translation>リマインダーのまとめを毎日通知する時刻</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>変更…</translation>
    </message>
    <message>
        <source>A new location takes effect when the tracker is restarted.</source>
        <translation>新しい場所は次回の起動時から使われます。</translation>
    </message>
    <message>
        <source>Calendar export</source>
        <translation>カレンダー書き出し</translation>
    </message>
    <message>
        <source>Live .ics folder:</source>
        <translation>.ics を常に更新するフォルダー:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>解除</translation>
    </message>
    <message>
        <source>Include alarms in calendar files</source>
        <translation>カレンダーファイルにアラームを含める</translation>
    </message>
    <message>
        <source>Also write reminders as separate all-day events</source>
        <translation>リマインダーを終日の予定としても書き出す</translation>
    </message>
    <message>
        <source>Calendar application:</source>
        <translation>カレンダーアプリ:</translation>
    </message>
    <message>
        <source>Apple Calendar</source>
        <translation>Apple カレンダー</translation>
    </message>
    <message>
        <source>Thunderbird</source>
        <translation>Thunderbird</translation>
    </message>
    <message>
        <source>Outlook (keeps one alarm per event)</source>
        <translation>Outlook（通知は予定ごとに1つ）</translation>
    </message>
    <message>
        <source>Google Calendar (ignores alarms)</source>
        <translation>Google カレンダー（埋め込み通知なし）</translation>
    </message>
    <message>
        <source>CalDAV calendar (tracker sync)</source>
        <translation>CalDAV カレンダー（tracker sync）</translation>
    </message>
    <message>
        <source>Calendar URL:</source>
        <translation>カレンダーの URL:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>ユーザー名:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <source>kept in the system keyring; empty: unchanged</source>
        <translation>システムのキーリングに保存（空欄なら変更なし）</translation>
    </message>
    <message>
        <source>Each member&apos;s tracker pushes its own deadlines to this calendar and removes only what it sent.</source>
        <translation>各メンバーの tracker が自分の期限をこのカレンダーに送り、自分が送ったものだけを削除します。</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>日本</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>アメリカ合衆国</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>イギリス</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>ドイツ</translation>
    </message>
    <message>
        <source>France</source>
        <translation>フランス</translation>
    </message>
    <message>
        <source>China</source>
        <translation>中国</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>韓国</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>シンガポール</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>オーストラリア</translation>
    </message>
    <message>
        <source>India</source>
        <translation>インド</translation>
    </message>
</context>
<context>
    <name>report_actions</name>
    <message>
        <source>Print preview: renewal report</source>
        <translation>印刷プレビュー: 更新レポート</translation>
    </message>
    <message>
        <source>Could not print</source>
        <translation>印刷できませんでした</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>レポートを PDF で保存</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>カレンダーに書き出す</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar ファイル (*.ics)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV に書き出す</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
</context>
</TS>
