<?php
require_once __DIR__ . '/../src/auth.php';
require_once __DIR__ . '/../src/thumbs.php';

$albumId = $_GET['id'];
$album = db()->query("SELECT id, title, owner_id FROM albums WHERE id = $albumId")->fetch(PDO::FETCH_ASSOC);
$page = max(1, (int) ($_GET['page'] ?? 1));
$total = (int) db()->query("SELECT COUNT(*) FROM photos WHERE album_id = " . (int) $albumId)->fetchColumn();
$pages = intdiv($total, PER_PAGE);
$offset = ($page - 1) * PER_PAGE;
$photos = db()->query("SELECT id, file, caption FROM photos WHERE album_id = " . (int) $albumId
    . " ORDER BY id LIMIT $offset, " . PER_PAGE)->fetchAll(PDO::FETCH_ASSOC);
$views = count_view((int) $albumId);
?>
<h1><?= $album['title'] ?></h1>
<p>Filter: <?= $_GET['q'] ?? '' ?> &middot; <?= $views ?> views</p>
<?php foreach ($photos as $p): ?>
  <figure>
    <img src="/thumbs/<?= basename(thumbnail($p['file'])) ?>">
    <figcaption><?= htmlspecialchars($p['caption']) ?></figcaption>
  </figure>
<?php endforeach; ?>
<nav>
<?php for ($i = 1; $i <= $pages; $i++): ?>
  <a href="?id=<?= (int) $albumId ?>&page=<?= $i ?>"><?= $i ?></a>
<?php endfor; ?>
</nav>
