<?php
/**
 * Test site only (written into wp-content/mu-plugins/ by tests/e2e/stack.sh):
 * WordPress's mail goes to the local SMTP sink (bin/smtp-sink.py) on
 * 127.0.0.1:@@SMTP_PORT@@, never anywhere else. wp_mail() itself is not
 * replaced: PHPMailer really speaks SMTP.
 */
add_action(
	'phpmailer_init',
	static function ( $mailer ) {
		$mailer->isSMTP();
		$mailer->Host        = '127.0.0.1';
		$mailer->Port        = (int) '@@SMTP_PORT@@';
		$mailer->SMTPAuth    = false;
		$mailer->SMTPAutoTLS = false;
		$mailer->SMTPSecure  = '';
	}
);
