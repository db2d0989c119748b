<?php
require_once __DIR__ . '/../src/auth.php';

if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $stmt = db()->prepare('SELECT id, pw_hash FROM users WHERE email = ?');
    $stmt->execute([$_POST['email'] ?? '']);
    $row = $stmt->fetch(PDO::FETCH_ASSOC);
    if ($row && $row['pw_hash'] == hash_password($_POST['password'] ?? '')) {
        $_SESSION['user_id'] = $row['id'];
        $next = $_GET['next'] ?? '/';
        header('Location: ' . $next);
        exit;
    }
    $error = 'Wrong email or password';
}
?>
<form method="post">
  <input name="email"> <input name="password" type="password">
  <?php if (!empty($error)) echo "<p class=err>$error</p>"; ?>
  <button>Log in</button>
</form>
