<?php include "head.php"; ?>
<body>
  <div id="wrap">
<?php include "meny.php" ?>
    <div id="left">
      <h2>Nils Eriksson-stipendiater:</h2>
      <table class="info">
  <tr>
    <th>År</th>
    <th>Stipendium</th>
    <th>Stipendiat</th>
  </tr>
  <tr>
    <td>1991</td>
    <td>2000:-</td>
    <td>Spelmanslaget Kafferast i Ale</td>
  </tr>
  <tr>
    <td>1992</td>
    <td>3100:-</td>
    <td>Sven Olof Ohlsson, Lilla Edet</td>
  </tr>
  <tr>
    <td>1993</td>
    <td>3300:-</td>
    <td>Inger och Pelle Johansson, Uno Eliasson
      Alingsås</td>
  </tr>
  <tr>
    <td>1994</td>
    <td>2200:-</td>
    <td>Ingvar Englund, Frändefors</td>
  </tr>
  <tr>
    <td>1995</td>
    <td>2100:-</td>
    <td>Delas mellan Ingela och Gert Eriksson
      Floda, Brita Johansson, Sävedalen</td>
  </tr>
  <tr>
    <td>1996</td>
    <td>2400:-</td>
    <td>Postumt till Bertil Johansson, Alingsås. Att bekosta
      Skogstorpsafton</td>
  </tr>
  <tr>
    <td>1997</td>
    <td>1700:-</td>
    <td>Pers Nils Johansson, Alingsås</td>
  </tr>
  <tr>
    <td>1998</td>
    <td>900:-</td>
    <td>Jenny Svensson, Lerum</td>
  </tr>
  <tr>
    <td>1999</td>
    <td>900:-</td>
    <td>Jan Pettersson, Skogstorp</td>
  </tr>
  <tr>
    <td>2000</td>
    <td>1300:-</td>
    <td>Therese Kästel, Skepplanda</td>
  </tr>
  <tr>
    <td>2001</td>
    <td>1900:-</td>
    <td>Lars Buller Alingsås</td>
  </tr>
  <tr>
    <td>2002</td>
    <td></td>
    <td>Ingen stipendiat</td>
  </tr>
  <tr>
    <td>2003</td>
    <td>1400:-
    </td>
    <td>Wättlebygdens Spelmanslag, Lerum</td>
  </tr>
  <tr>
    <td>2004</td>
    <td>1400:-</td>
    <td>Thor Thorsson, Alvhem</td>
  </tr>
  <tr>
    <td>2005</td>
    <td>800:-
    </td>
    <td>Ambjörn Lätt, Tibro</td>
  </tr>
  <tr>
    <td>2006</td>
    <td>660:-
    </td>
    <td>Sara Martinsson, Lilla Edet</td>
</tr>
<tr>
    <td>2007</td>
    <td>1400:-
    </td>
    <td>Pontus Estling, Borås</td>
  </tr>

  <tr>
    <td>2008</td>
	<td>1600:-</td>
    <td>Anna Johansson, Sollebrunn</td>
  </tr>
  <tr>
    <td>2009</td>
  <td></td>
    <td>Ingen utdelning</td>
  </tr>
  <tr>
    <td>2010</td>
  <td>3000:-</td>
    <td>Jenny Gustafsson, Fritsla</td>
  </tr>
  <tr>
    <td>2011</td>
  <td></td>
    <td>Ingen utdelning</td>
  </tr>
  <tr>
    <td>2012</td>
  <td></td>
    <td>Ingen utdelning</td>
  </tr>
  <tr>
    <td>2013</td>
  <td>980:-</td>
    <td>Spelmanslaget Slussdraget, Lilla Edet</td>
  </tr>
  <tr>
    <td>2013</td>
  <td>950:-</td>
    <td>Sven-Ingvar Heij, Mariestad</td>
  </tr>

</table>
</div>
<?php include "right.php"; ?>
<?php include "sidfot.php" ?>
</div>
<?php include "script_section.php"; ?>
</body>
</html>